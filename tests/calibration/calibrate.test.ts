import {describe, expect, it} from "vitest";
import {calibrate} from "../../src/engine/calibration/calibrate.js";
import type {LikelihoodTerm} from "../../src/engine/declarations.js";
import {evidence, observation, smallModel} from "./smallModel.js";

// Data from x = 12·e^(0.3 τ) with fixed log errors, each with log-sd 0.1: in logs a straight line,
// so with the wide priors the posterior of (ln x0, r) is the least-squares fit's Gaussian.
const times = [0, 0.5, 1, 1.5, 2];
const noise = [0.05, -0.08, 0.02, 0.1, -0.04];
const observations = times.map((tau, i) => observation(`x-${i}`, 12 * Math.exp(0.3 * tau + noise[i]), String(2023 + Math.floor(tau)), {relative_sd: 0.1, reason: "test"}));
const terms: LikelihoodTerm[] = times.map((tau, i) => ({id: `x-${i}`, observation: `x-${i}`, output: "x", read: {at: 2023 + tau}}));

function leastSquares() {
  const y = observations.map((o) => Math.log(o.value));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [tBar, yBar] = [mean(times), mean(y)];
  const sxx = times.reduce((s, t) => s + (t - tBar) ** 2, 0);
  const slope = times.reduce((s, t, i) => s + (t - tBar) * (y[i] - yBar), 0) / sxx;
  return {r: slope, sd: 0.1 / Math.sqrt(sxx), lnX0: yBar - slope * tBar};
}

describe("calibrate on a small model", () => {
  const model = smallModel();
  const result = calibrate(model, evidence(observations, terms), {seed: 7, steps: 4000});
  const byId = Object.fromEntries(result.report.parameters.map((p) => [p.id, p]));

  it("recovers the least-squares posterior of the growth rate: median and sd", () => {
    const exact = leastSquares();
    const r = byId.r;
    expect(Math.abs(r.posterior.median - exact.r) / exact.sd).toBeLessThan(0.2);
    expect(Math.abs(r.posterior.sd / exact.sd - 1)).toBeLessThan(0.15);
    expect(Math.abs(Math.log(byId.x0.posterior.median) - exact.lnX0)).toBeLessThan(0.03);
    expect(r.identification).toBe("identified");
    expect(r.contraction).toBeLessThan(0.3);
  });

  it("flags the strong correlation of level and growth (about −0.8 for data centred a year in)", () => {
    expect(result.report.correlations.parameters).toEqual(["r", "x0"]);
    const [pair] = result.report.correlations.strong;
    expect(pair.a).toBe("r");
    expect(pair.r).toBeLessThan(-0.7);
    expect(pair.r).toBeGreaterThan(-0.9);
  });

  it("leaves a parameter that moves no fitted quantity at its prior, unsampled", () => {
    expect(byId.q.identification).toBe("inert");
    expect(byId.q.sampled).toBe(false);
    expect(byId.q.posterior).toEqual(byId.q.prior);
    expect(result.sample.parameters).toEqual(["r", "x0"]);
  });

  it("reports converged diagnostics, the posterior medians as the point, and 1000 draws", () => {
    const d = result.diagnostics;
    expect(d.converged, d.warnings.join("; ")).toBe(true);
    expect(d.acceptance.mean).toBeGreaterThan(0.3);
    for (const id of ["r", "x0"]) {
      expect(d.rhat[id]).toBeLessThan(1.05);
      expect(d.ess[id]).toBeGreaterThan(300);
    }
    expect(result.sample.draws.length).toBe(1000);
    expect(result.point.kind).toBe("median");
    expect(result.parameters.r).toBeCloseTo(byId.r.posterior.median, 5);
    expect(result.point.logPosterior).toBeGreaterThan(Math.min(...result.sample.logPosterior));
    expect(Object.keys(result.parameters)).toEqual(["r", "x0"]);
  });

  it("sets the model's band beside every figure, and the figures mostly fall in the predictive band", () => {
    const rows = result.report.observations;
    expect(rows.map((o) => o.term)).toEqual(terms.map((t) => t.id));
    expect(rows.filter((o) => o.inside).length).toBeGreaterThanOrEqual(4);
    for (const o of rows) {
      expect(o.model.q05).toBeLessThan(o.model.median);
      expect(o.predictive[1] - o.predictive[0]).toBeGreaterThan(o.model.q95 - o.model.q05);
      expect(Math.abs(o.error)).toBeLessThan(0.15);
    }
  });

  it("is reproducible: the same seed gives the same sample", () => {
    const again = calibrate(model, evidence(observations, terms), {seed: 7, steps: 4000});
    expect(again.sample.draws).toEqual(result.sample.draws);
    expect(again.parameters).toEqual(result.parameters);
  });

  it("checks the step at the start and at the point: a month of RK4 is converged", () => {
    expect(result.integration.start.ok).toBe(true);
    expect(result.integration.point.halving.change).toBeLessThan(1e-4);
  });
});

describe("calibrate refuses what it cannot fit", () => {
  const data = evidence(observations, terms);

  it("names outputs the model lacks, and fits the rest when asked to skip them", () => {
    const extra = evidence(observations, [...terms, {id: "y", observation: "x-0", output: "tokens_per_day", read: {at: 2023.5}}]);
    expect(() => calibrate(smallModel(), extra, {seed: 1, steps: 20})).toThrow("likelihood reads outputs the model does not declare: tokens_per_day (y); fit the other terms with skipMissing");
    const skipped = calibrate(smallModel(), extra, {seed: 1, steps: 40, burn: 20, skipMissing: true});
    expect(skipped.terms.skipped).toEqual([{term: "y", output: "tokens_per_day"}]);
    expect(skipped.terms.fitted).toEqual(terms.map((t) => t.id));
  });

  it("refuses a step that is not converged: a year of Euler moves x by several per cent", () => {
    expect(() => calibrate(smallModel({step: "year", method: "euler"}), data, {seed: 1, steps: 20})).toThrow(
      /^time\.step year \(euler\) moves x-4 by [\d.]+% from the converged solution \(at most 2% for calibrated results\); use the month step$/
    );
    // A month of Euler passes: halving it moves x by under 1% over two years.
    expect(() => calibrate(smallModel({step: "month", method: "euler"}), data, {seed: 1, steps: 20, burn: 5})).not.toThrow();
  });

  it("refuses unknown parameters, parameters without priors and bad sampler settings, by name", () => {
    expect(() => calibrate(smallModel(), data, {seed: 1, parameters: ["nope"]})).toThrow('parameters names unknown parameter "nope"');
    expect(() => calibrate(smallModel(), data, {seed: 1, parameters: ["r", "r"]})).toThrow('parameters names "r" twice');
    expect(() => calibrate(smallModel(), data, {seed: 1, walkers: 3})).toThrow("walkers must be an even integer >= 4 (twice the 2 sampled parameters), got 3");
    expect(() => calibrate(smallModel(), data, {seed: 1, parameters: ["q"]})).toThrow("move none of the fitted terms' quantities");
  });
});
