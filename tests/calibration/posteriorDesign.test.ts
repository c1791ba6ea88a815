import {describe, expect, it} from "vitest";
import {calibratedPlan} from "../../src/engine/calibration/calibratedPlan.js";
import {posteriorDesign} from "../../src/engine/calibration/posteriorDesign.js";
import {engine} from "../helpers.js";

const sample = {
  parameters: ["a", "b"],
  draws: [
    [1, 10],
    [2, 20],
    [3, 30]
  ]
};

describe("posteriorDesign", () => {
  it("takes each draw in turn, or resamples whole rows by the seed, so the posterior's correlations survive", () => {
    const inTurn = posteriorDesign(sample, [], 3, 1, false);
    expect(Array.from(inTurn.design)).toEqual([1, 10, 2, 20, 3, 30]);
    const resampled = posteriorDesign(sample, [], 200, 7, true);
    for (let r = 0; r < 200; r++) expect(resampled.design[2 * r + 1]).toBe(10 * resampled.design[2 * r]);
    expect(new Set(Array.from(resampled.design).filter((_, i) => i % 2 === 0)).size).toBe(3);
    expect(Array.from(posteriorDesign(sample, [], 200, 7, true).design)).toEqual(Array.from(resampled.design));
  });
  it("draws the rest from their priors, stratified, after the sample's columns", () => {
    const {parameters, design} = posteriorDesign(sample, [{id: "c", prior: {distribution: "uniform", min: 0, max: 1}}], 4, 1, true);
    expect(parameters).toEqual(["a", "b", "c"]);
    const c = [2, 5, 8, 11].map((i) => design[i]).sort();
    c.forEach((v, k) => expect(v >= k / 4 && v < (k + 1) / 4).toBe(true));
  });
  it("refuses ragged samples, a rest parameter that is in the sample, and turns that do not match the draws", () => {
    expect(() => posteriorDesign({parameters: ["a"], draws: [[1, 2]]}, [], 1, 1, true)).toThrow("the sample must hold at least one draw of 1 values (one per parameter)");
    expect(() => posteriorDesign(sample, [{id: "a", prior: {distribution: "uniform", min: 0, max: 1}}], 3, 1, true)).toThrow("a is both in the posterior sample and drawn from its prior");
    expect(() => posteriorDesign(sample, [], 4, 1, false)).toThrow("taking each draw in turn needs runs = 3, got 4");
  });
});

describe("calibratedPlan", () => {
  const withPriors = engine.data.parameters.filter((p) => p.prior);
  const [first, second] = withPriors;
  const posterior = {
    parameters: [first.id, second.id, "coverage"],
    nuisance: ["coverage"],
    draws: [[first.prior!.min, second.prior!.min, 0.5]],
    logPosterior: [0]
  };

  it("draws the posterior's model parameters from the sample, every other uncertain parameter from its prior, and leaves nuisance parameters out", () => {
    const plan = calibratedPlan(engine, {scenario: "baseline", runs: 50, seed: 1, annual: true}, posterior);
    expect(plan.plan.parameters.slice(0, 2)).toEqual([first.id, second.id]);
    expect(plan.plan.parameters).not.toContain("coverage");
    expect(plan.plan.parameters).toHaveLength(withPriors.length);
    const k = plan.plan.parameters.length;
    for (let r = 0; r < 50; r++) expect(plan.plan.design[r * k]).toBe(first.prior!.min);
  });
  it("holds a parameter the scenario sets at its value, and refuses a sample of parameters the model no longer declares", () => {
    const plan = calibratedPlan(engine, {scenario: {version: 1, extends: "baseline", parameters: {[first.id]: first.default}}, runs: 5, seed: 1}, posterior);
    expect(plan.plan.parameters).not.toContain(first.id);
    expect(plan.plan.parameters[0]).toBe(second.id);
    expect(() => calibratedPlan(engine, {scenario: "baseline", runs: 5, seed: 1}, {...posterior, parameters: ["gone", second.id, "coverage"]})).toThrow(
      "calibration was fitted to parameters the model no longer declares (gone); run `shapan calibrate` again"
    );
  });
});
