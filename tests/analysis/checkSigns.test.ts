import {describe, expect, it} from "vitest";
import {checkSigns} from "../../src/engine/analysis/checkSigns.js";
import type {SignDeclarations} from "../../src/engine/declarations.js";
import {engine} from "../helpers.js";

// Outputs whose response is known by construction, whatever the calibration: a lever's own fiscal
// cost is linear in it (public platforms: additions x capex), and no other lever moves it.
const label = {zh: "x", en: "x"};
const cost = "fiscal_cost_public_compute_bn_rmb";
const declarations: SignDeclarations = {
  description: "test declarations",
  years: [2030, 2027],
  signs: [
    {lever: "public_compute", output: cost, sign: {2027: "+", 2030: "+"}, reason: label},
    {lever: "talent", output: cost, sign: {2027: "0", 2030: "0"}, reason: label},
    {lever: "open_weights", output: cost, sign: {2027: "-", 2030: "ambiguous"}, reason: label, depends: ["public_compute_capex"]}
  ],
  net: [{lever: "public_compute", output: cost, sign: {2027: "+", 2030: "-"}, statement: label}]
};
const draws = {parameters: ["public_compute_capex"], draws: [[0.0003], [0.0005], [0.0008]]};

describe("checkSigns", () => {
  const {cells, net} = checkSigns(engine, declarations, {draws});

  it("sweeps each lever over its range and reads each declared cell, years ascending", () => {
    expect(cells.map((c) => [c.lever, c.year, c.declared])).toEqual([
      ["public_compute", 2027, "+"],
      ["public_compute", 2030, "+"],
      ["talent", 2027, "0"],
      ["talent", 2030, "0"],
      ["open_weights", 2027, "-"],
      ["open_weights", 2030, "ambiguous"]
    ]);
    const publicCompute = cells[0];
    expect(publicCompute.values).toHaveLength(11);
    // Linear in the lever: min 0, max 200,000 P a year, at the calibrated capex.
    const capex = engine.resolve("baseline").parameters.public_compute_capex;
    expect(publicCompute.values[0]).toBe(0);
    expect(publicCompute.values[10]).toBeCloseTo(200_000 * capex, 9);
    expect(publicCompute.values[5]).toBeCloseTo(100_000 * capex, 9);
  });

  it("observes the sign at the point and in every draw, and the share of draws that agree", () => {
    expect(cells[0]).toMatchObject({point: "+", draws: {"+": 3, "-": 0, "0": 0, mixed: 0}, agreement: 1});
    expect(cells[2]).toMatchObject({point: "0", draws: {"+": 0, "-": 0, "0": 3, mixed: 0}, agreement: 1});
    expect(cells[4]).toMatchObject({point: "0", agreement: 0});
    expect(cells[5].agreement).toBeNull();
    expect(net.map((n) => [n.year, n.declared, n.point, n.agreement])).toEqual([
      [2027, "+", "+", 1],
      [2030, "-", "+", 0]
    ]);
  });

  it("says whether each declaration holds: ambiguous always, otherwise at the point and in the required share of draws", () => {
    expect(cells.map((c) => c.holds)).toEqual([true, true, true, true, false, true]);
    expect(net.map((n) => n.holds)).toEqual([true, false]);
    // Two of three draws agreeing passes at 0.6 and fails at 0.9.
    const split = {parameters: ["public_compute_capex"], draws: [[0.0003], [0.0005], [0]]};
    const one: SignDeclarations = {...declarations, signs: [declarations.signs[0]], net: []};
    expect(checkSigns(engine, one, {draws: split}).cells[1]).toMatchObject({agreement: 2 / 3, holds: false});
    expect(checkSigns(engine, one, {draws: split, required: 0.6}).cells[1]).toMatchObject({agreement: 2 / 3, holds: true});
  });

  it("without draws reports the point alone", () => {
    const point = checkSigns(engine, declarations, {points: 3});
    expect(point.cells[0]).toMatchObject({point: "+", agreement: null, draws: {"+": 0, "-": 0, "0": 0, mixed: 0}});
    expect(point.cells[0].values).toHaveLength(3);
  });

  it("refuses unknown levers and outputs, years outside the run, too few points and ragged draws", () => {
    const one = (change: Partial<SignDeclarations["signs"][number]>) => ({...declarations, signs: [{...declarations.signs[0], ...change}], net: []});
    expect(() => checkSigns(engine, one({lever: "nothing"}))).toThrow('checkSigns: lever "nothing" is not declared');
    expect(() => checkSigns(engine, one({output: "nothing"}))).toThrow('checkSigns: output "nothing" is not declared');
    expect(() => checkSigns(engine, {...declarations, years: [2200]})).toThrow("checkSigns: year 2200 is outside the scenario's years 2023-2035");
    expect(() => checkSigns(engine, declarations, {points: 1})).toThrow("checkSigns: points must be an integer >= 2, got 1");
    expect(() => checkSigns(engine, declarations, {draws: {parameters: ["public_compute_capex"], draws: [[1, 2]]}})).toThrow("checkSigns: draw 0 holds 2 values, expected 1");
  });
});
