import {describe, expect, it} from "vitest";
import {engineCalibrationModel, integrationCheck, missingOutputs, resolveTerm} from "../../src/index.js";
import {loadCalibration} from "../../src/node/loadCalibration.js";
import {data, engine} from "../helpers.js";

// data/calibration.json is what `shapan calibrate --out data/calibration.json` wrote. When the
// model's parameters or outputs change, these fail until it is written again.
const calibration = loadCalibration()!;
const step = ({12: "month", 4: "quarter", 1: "year"} as const)[calibration.method.stepsPerYear as 12 | 4 | 1];

describe("the committed calibration", () => {
  it("was fitted to parameters the model declares, with priors, and terms the likelihood holds", () => {
    const declared = new Map(data.parameters.map((p) => [p.id, p]));
    for (const id of calibration.sample.parameters.filter((p) => !calibration.sample.nuisance.includes(p))) expect(declared.get(id)?.prior, id).toBeDefined();
    for (const id of calibration.sample.nuisance)
      expect(
        data.likelihood.nuisance.some((n) => n.id === id),
        id
      ).toBe(true);
    const terms = new Set(data.likelihood.terms.map((t) => t.id));
    for (const id of [...calibration.terms.fitted, ...calibration.terms.holdout, ...calibration.terms.check]) expect(terms.has(id), id).toBe(true);
  });

  it("is the engine's calibrated default: the baseline runs at the posterior medians, which lie in the priors' bounds", () => {
    const baseline = engine.resolve("baseline");
    for (const [id, value] of Object.entries(calibration.parameters)) {
      expect(baseline.parameters[id], id).toBe(value);
      const prior = data.parameters.find((p) => p.id === id)!.prior!;
      expect(value >= prior.min && value <= prior.max, id).toBe(true);
    }
    expect(calibration.point.kind).toBe("median");
    const reported = new Map(calibration.report.parameters.map((p) => [p.id, p.posterior.median]));
    // Six significant digits: within 5e-6 of the report's median.
    for (const [id, value] of Object.entries(calibration.parameters)) expect(Math.abs(value / reported.get(id)! - 1), id).toBeLessThan(5e-6);
  });

  it("runs on a converged solution: halving its step moves no fitted quantity by more than 1% at the point", () => {
    const model = engineCalibrationModel(engine, {version: 1, extends: "baseline", time: {step, method: calibration.method.integration}});
    const sources = {observations: new Map(data.observations.map((o) => [o.id, o])), facts: new Map(data.facts.map((f) => [f.id, f])), sources: new Map(data.sources.map((s) => [s.id, s]))};
    const fitted = data.likelihood.terms.filter((t) => calibration.terms.fitted.includes(t.id));
    expect([
      ...missingOutputs(
        fitted,
        engine.outputs.map((o) => o.id)
      ).keys()
    ]).toEqual([]);
    const check = integrationCheck(
      model,
      fitted.map((t) => resolveTerm(t, sources)),
      calibration.parameters
    );
    expect(check.ok, `${check.halving.term} moves by ${check.halving.change}`).toBe(true);
    expect(calibration.integration.start.ok && calibration.integration.point.ok).toBe(true);
  });

  it("holds a thinned posterior sample with one log posterior per draw, and a report for every parameter and term", () => {
    expect(calibration.sample.draws.length).toBeGreaterThanOrEqual(500);
    expect(calibration.sample.logPosterior).toHaveLength(calibration.sample.draws.length);
    expect(calibration.sample.logPosterior.every(Number.isFinite)).toBe(true);
    expect(calibration.report.observations.map((o) => o.term).sort()).toEqual([...calibration.terms.fitted, ...calibration.terms.holdout, ...calibration.terms.check].sort());
  });
});
