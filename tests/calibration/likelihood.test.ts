import {describe, expect, it} from "vitest";
import {compileLikelihood, likelihoodLastYear} from "../../src/engine/calibration/compileLikelihood.js";
import {missingOutputs} from "../../src/engine/calibration/missingOutputs.js";
import {applyWeights, readWeights} from "../../src/engine/calibration/readWeights.js";
import {resolveTerm, type TermSources} from "../../src/engine/calibration/resolveTerm.js";
import {termLogDensity} from "../../src/engine/calibration/termLogDensity.js";
import {createGrid} from "../../src/engine/core/grid.js";
import type {LikelihoodTerm, OutputSpec} from "../../src/engine/index.js";
import {observation} from "./smallModel.js";

describe("readWeights", () => {
  // One output, quarterly: the series 0, 1, 2, ... at 2023, 2023.25, ...: a straight line, so every
  // read of the interpolant has a closed form.
  const grid = createGrid(2023, 2024, 4);
  const line = Float64Array.from(grid.time, (_, i) => i);
  const read = (r: Parameters<typeof readWeights>[0], annual: "end" | "sum" | "mean" = "end") => applyWeights(readWeights(r, 0, 1, grid, annual), line);

  it("reads an instant between save points linearly", () => {
    expect(read({at: 2023.125})).toBeCloseTo(0.5, 12);
    expect(read({at: 2025})).toBeCloseTo(8, 12);
  });
  it("integrates and averages over any span, partial steps included (trapezoid on the interpolant)", () => {
    // ∫ 4(t − 2023) dt from 2023.1 to 2023.6 = 2 (0.6² − 0.1²) = 0.7
    expect(read({sum: [2023.1, 2023.6]})).toBeCloseTo(0.7, 12);
    expect(read({mean: [2023.1, 2023.6]})).toBeCloseTo(1.4, 12);
  });
  it("reads a year as the output aggregates it: a stock at year end, a flow's integral, a level's mean", () => {
    expect(read({year: 2023}, "end")).toBeCloseTo(4, 12);
    expect(read({year: 2024}, "sum")).toBeCloseTo(6, 12);
    expect(read({year: 2024}, "mean")).toBeCloseTo(6, 12);
  });
  it("weighs the right output of a step-major buffer", () => {
    const weights = readWeights({at: 2023.25}, 1, 3, grid, "end");
    expect(Array.from(weights.index)).toEqual([4]);
  });
  it("refuses a read outside the run, and an empty span", () => {
    expect(() => readWeights({at: 2025.5}, 0, 1, grid, "end")).toThrow("instant 2025.5 is outside the run (2023 to 2025)");
    expect(() => readWeights({mean: [2024, 2024]}, 0, 1, grid, "mean")).toThrow("span [2024, 2024) is empty");
  });
});

const sources: TermSources = {
  observations: new Map(
    [
      observation("a", 5, "2023", {relative_sd: 0.4, reason: "r"}, {published: "2023-11-29"}),
      observation("r", 2.2, "2024", {range: [1.6, 3.2], reason: "r"}),
      observation("low", 12000, "2023-12-31", {relative_sd: 0.2, reason: "r"}, {bound: "lower"}),
      observation("later", 4e12, "2024-12", {relative_sd: 0.15, reason: "r"}, {published: "2025-12-18"}),
      observation("earlier", 1.2e11, "2024-05", {relative_sd: 0.1, reason: "r"}),
      observation("holdout", 3, "2025-H1", {relative_sd: 0.1, reason: "r"}, {use: "holdout"})
    ].map((o) => [o.id, o])
  ),
  facts: new Map([["gap", {id: "gap", label: {zh: "g", en: "g"}, value: 5000, unit: "PFLOPS", when: "2024-2025", source: "seed", quote: "q"}]]),
  sources: new Map([["seed", {id: "seed", title: "the seed", date: "2023-11-29"}]])
};
const term = (fields: Partial<LikelihoodTerm>): LikelihoodTerm => ({id: "t", output: "x", read: {year: 2023}, ...fields});

describe("resolveTerm", () => {
  it("takes a relative_sd as the log-sd, and a 90% range as ln(hi/lo)/3.29 around its geometric mean", () => {
    expect(resolveTerm(term({observation: "a"}), sources)).toMatchObject({observed: 5, sd: 0.4, lower: false, role: "fit", year: 2023, published: "2023-11-29"});
    const range = resolveTerm(term({observation: "r"}), sources);
    expect(range.observed).toBeCloseTo(Math.sqrt(1.6 * 3.2), 12);
    expect(range.sd).toBeCloseTo(Math.log(2) / 3.29, 12);
  });
  it("converts the unit, adds extra_sd in quadrature, divides a growth of two observations", () => {
    const converted = resolveTerm(term({observation: "a", factor: 1000, extra_sd: {value: 0.3, reason: "scope"}}), sources);
    expect(converted.observed).toBe(5000);
    expect(converted.sd).toBeCloseTo(0.5, 12);
    const growth = resolveTerm(term({observation: ["later", "earlier"]}), sources);
    expect(growth.observed).toBeCloseTo(4e12 / 1.2e11, 9);
    expect(growth.sd).toBeCloseTo(Math.hypot(0.15, 0.1), 12);
    expect(growth).toMatchObject({year: 2024, published: "2025-12-18"});
  });
  it("is one-sided at the bound of a lower bound; a holdout or a fit: false term keeps its role", () => {
    expect(resolveTerm(term({observation: "low"}), sources)).toMatchObject({observed: 12000, lower: true});
    expect(resolveTerm(term({observation: "holdout"}), sources).role).toBe("holdout");
    expect(resolveTerm(term({observation: "a", fit: false, why: "restates"}), sources).role).toBe("check");
  });
  it("reads a seed figure with the term's own uncertainty, dated by its source", () => {
    const gap = resolveTerm(term({fact: "gap", uncertainty: {relative_sd: 0.3, reason: "survey"}}), sources);
    expect(gap).toMatchObject({observed: 5000, sd: 0.3, year: 2025, published: "2023-11-29", seed: true, role: "fit"});
    expect(() => resolveTerm(term({fact: "gap"}), sources)).toThrow('reads seed figure "gap", which has no uncertainty: give the term one');
  });
});

describe("termLogDensity", () => {
  it("is the lognormal's −z²/2, and one-sided for lower bounds", () => {
    const t = {observed: 5, sd: 0.4, lower: false};
    expect(termLogDensity(5, t)).toBe(-0);
    expect(termLogDensity(5 * Math.exp(0.8), t)).toBeCloseTo(-2, 12);
    expect(termLogDensity(5 * Math.exp(-0.8), t)).toBeCloseTo(-2, 12);
    const bound = {observed: 5, sd: 0.4, lower: true};
    expect(termLogDensity(50, bound)).toBe(0);
    expect(termLogDensity(5 * Math.exp(-0.4), bound)).toBeCloseTo(-0.5, 12);
  });
  it("gives −Infinity to a value that is not positive and finite", () => {
    for (const v of [0, -1, NaN, Infinity]) expect(termLogDensity(v, {observed: 1, sd: 1, lower: false})).toBe(-Infinity);
  });
});

describe("compileLikelihood", () => {
  // A model of its own: its output ids are not the shipped model's (OutputId).
  const outputs: OutputSpec[] = ["x", "y"].map((id) => ({id: id as OutputSpec["id"], label: {zh: id, en: id}, unit: "1", kind: "stock", annual: "end", description: "", subsystem: "s"}));
  const grid = createGrid(2023, 2024, 1);
  // Step-major, two outputs: x = 1, 2, 4 and y = 10, 10, 10 at 2023, 2024, 2025.
  const buffer = Float64Array.of(1, 10, 2, 10, 4, 10);
  const resolved = (t: LikelihoodTerm, role: "fit" | "holdout" | "check" = "fit") => ({term: t, role, observed: 2, sd: 0.5, lower: false, year: 2024, published: "2024", seed: false});

  it("reads growths, ratios of two outputs and nuisance-scaled values, and sums the fitted terms' log densities", () => {
    const terms = [
      resolved(term({id: "g", read: {growth: [2023, 2025]}})),
      resolved(term({id: "share", read: {ratio: [{at: 2024}, {at: 2024, output: "y"}]}}), "holdout"),
      resolved(term({id: "scaled", read: {at: 2025}, scale: "s"}))
    ];
    const likelihood = compileLikelihood(terms, outputs, grid, ["s"]);
    expect(Array.from(likelihood.quantities(buffer, [0.5], new Float64Array(3)))).toEqual([4, 0.2, 2]);
    // Fitted: g (4 against 2: z = ln 2 / 0.5) and scaled (2 against 2: z = 0); the holdout is left out.
    expect(likelihood.logLikelihood(buffer, [0.5])).toBeCloseTo(-0.5 * (Math.log(2) / 0.5) ** 2, 12);
    expect(likelihoodLastYear(terms)).toBe(2024);
  });
  it("names every output the model lacks and the terms that read it, and a scale that is no nuisance parameter", () => {
    const terms = [resolved(term({id: "a", output: "tokens"})), resolved(term({id: "b", read: {ratio: [{at: 2024, output: "filed"}, {at: 2024}]}}))];
    expect(() => compileLikelihood(terms, outputs, grid)).toThrow("likelihood reads outputs the model does not declare: tokens (a); filed (b)");
    expect([
      ...missingOutputs(
        terms.map((t) => t.term),
        ["x"]
      )
    ]).toEqual([
      ["tokens", ["a"]],
      ["filed", ["b"]]
    ]);
    expect(() => compileLikelihood([resolved(term({id: "c", scale: "nope"}))], outputs, grid, [])).toThrow('scale names "nope", which is not a nuisance parameter');
  });
});
