import {describe, expect, it} from "vitest";
import {readTarget} from "../../src/engine/analysis/readTarget.js";
import {calibrate} from "../../src/engine/calibration/calibrate.js";
import {createEngine} from "../../src/engine/simulate.js";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";
import {loadData} from "../../src/node/loadData.js";

const data = loadData();

describe("calibrate", () => {
  it("fits two market parameters: never worse than the declared defaults, within the prior box", () => {
    const result = calibrate(data, {parameters: ["adoption_initial", "adoption_imitation"], restarts: 1, maxEvaluations: 300});
    expect(result.after.statistics.loss).toBeLessThanOrEqual(result.before.statistics.loss + 1e-9);
    expect(result.after.statistics.within).toBe(result.after.statistics.targets);
    for (const id of ["adoption_initial", "adoption_imitation"]) {
      const [lower, upper] = result.bounds[id];
      const spec = data.parameters.find((p) => p.id === id)!;
      expect([lower, upper]).toEqual([spec.prior!.min, spec.prior!.max]);
      expect(result.parameters[id]).toBeGreaterThanOrEqual(lower);
      expect(result.parameters[id]).toBeLessThanOrEqual(upper);
      expect(result.declared[id]).toBe(spec.default);
    }
    expect(result.startLosses).toHaveLength(2);
    expect(result.evaluations).toBeGreaterThan(10);
  });

  it("recovers parameter values from figures the model itself produced", () => {
    // Synthetic figures: the model's own values at known parameter values, so the optimum is known.
    const truth = {adoption_initial: 0.03, adoption_imitation: 0.9};
    const truthRun = createEngine({...data, calibration: undefined}).simulate({version: 1, extends: "baseline", parameters: truth});
    const facts = data.facts.map((f) => {
      const target = data.targets.find((t) => t.fact === f.id);
      return target ? {...f, value: readTarget(truthRun, target)} : f;
    });
    const targets = data.targets.filter((t) => t.fact.startsWith("market"));
    const fit = calibrate({...data, facts}, {parameters: ["adoption_initial", "adoption_imitation"], targets, restarts: 0, priorWeight: 0, maxEvaluations: 600});
    expect(fit.parameters.adoption_initial).toBeCloseTo(truth.adoption_initial, 4);
    expect(fit.parameters.adoption_imitation).toBeCloseTo(truth.adoption_imitation, 3);
    expect(fit.after.statistics.rmse).toBeLessThan(1e-4);
  });

  it("names the parameter and option at fault", () => {
    expect(() => calibrate(data, {parameters: ["nope"]})).toThrow(ScenarioError);
    expect(() => calibrate(data, {parameters: ["nope"]})).toThrow('parameters names unknown parameter "nope"');
    expect(() => calibrate(data, {parameters: ["adoption_initial", "adoption_initial"]})).toThrow('names "adoption_initial" twice');
    expect(() => calibrate(data, {parameters: []})).toThrow("parameters must name at least one parameter to fit");
    expect(() => calibrate(data, {restarts: -1})).toThrow("calibrate: restarts must be an integer >= 0, got -1");
    expect(() => calibrate(data, {priorWeight: NaN})).toThrow("priorWeight must be a finite number >= 0");
  });
});
