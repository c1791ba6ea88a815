import {describe, expect, it} from "vitest";
import {engine, headlineOutputs, simulate} from "../../src/index.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";
import {createSampleRunner} from "../../src/engine/uncertainty/createSampleRunner.js";
import {calibratedPlan} from "../../src/engine/calibration/calibratedPlan.js";
import {monteCarlo, monteCarloFromPlan} from "../../src/engine/uncertainty/monteCarlo.js";
import {loadCalibration} from "../../src/node/loadCalibration.js";
import {planMonteCarlo} from "../../src/engine/uncertainty/planMonteCarlo.js";
import {sketchCentre} from "../../src/engine/uncertainty/sketchCentre.js";
import {runMonteCarloBatch, runSamples, sampleParametersOnThreads, startWorkers} from "../../src/node/runSamples.js";
import {runMonteCarlo} from "../../src/node/runMonteCarlo.js";

const headline = headlineOutputs;
const goals = [parseGoal("market_bn_rmb@2030 >= 100"), parseGoal("max(compute_gap_beijing_pflops@2025..2030) <= 1000")];
const annual = monteCarlo(engine, {scenario: "baseline", runs: 400, seed: 11, annual: true, outputs: headline, goals});

describe("createSampleRunner", () => {
  it("runs the scenario exactly as engine.simulate does when given no draw", () => {
    for (const scenario of [
      {version: 1 as const, extends: "compute-push", time: {step: "quarter" as const, from: 2025}},
      {version: 1 as const, extends: "baseline", time: {method: "rk4" as const, step: "year" as const}}
    ]) {
      const projection = simulate(scenario);
      const runner = createSampleRunner({scenario: engine.prepare(scenario), parameters: [], design: new Float64Array(0), outputs: headline, annual: false, goals: []});
      const row = new Float64Array(runner.layout.columns);
      runner.run(undefined, row, 1, 0);
      const T = runner.layout.time.length;
      expect(Array.from(runner.layout.time)).toEqual(Array.from(projection.time));
      headline.forEach((id, o) => expect(Array.from(row.subarray(o * T, (o + 1) * T)), id).toEqual(Array.from(projection.series[id])));
    }
  });

  it("rejects unknown outputs and parameters, and ragged designs", () => {
    const scenario = engine.prepare("baseline");
    const base = {scenario, parameters: ["market_potential_bn_rmb"], design: Float64Array.of(80), outputs: ["market_bn_rmb"], annual: true, goals: []};
    expect(() => createSampleRunner({...base, outputs: ["nope"]})).toThrow('outputs names unknown output "nope"');
    expect(() => createSampleRunner({...base, parameters: ["nope"]})).toThrow('parameters names unknown parameter "nope"');
    expect(() => createSampleRunner({...base, parameters: ["market_potential_bn_rmb", "adoption_imitation"]})).toThrow("design length must be a multiple of the parameter count (2), got 1");
  });
});

describe("monteCarlo", () => {
  it("gives ordered quantiles everywhere", () => {
    for (const band of Object.values(annual.bands)) {
      for (let i = 0; i < annual.time.length; i++) {
        for (let q = 1; q < band.quantiles.length; q++) expect(band.quantiles[q][i]).toBeGreaterThanOrEqual(band.quantiles[q - 1][i]);
      }
    }
    for (const goal of annual.goals) for (let q = 1; q < goal.quantiles.length; q++) expect(goal.quantiles[q]).toBeGreaterThanOrEqual(goal.quantiles[q - 1]);
  });

  it("brackets the calibrated run with the posterior's 5-95% band in the early years", () => {
    // The deterministic run is at the posterior medians; drawing the fitted parameters from the
    // posterior (the rest from their priors), the years the data constrain hold it in their 90%
    // band. Later, nonlinearity skews the draws (entry and exit are convex in their rates), so it
    // need not.
    const posterior = monteCarloFromPlan(calibratedPlan(engine, {scenario: "baseline", runs: 400, seed: 11, annual: true, outputs: headline}, loadCalibration()!.sample));
    for (const [id, band] of Object.entries(posterior.bands)) {
      for (let i = 0; posterior.time[i] <= 2025; i++) {
        const [q05, , , , q95] = band.quantiles;
        expect(band.deterministic[i], `${id} ${posterior.time[i]}`).toBeGreaterThanOrEqual(q05[i] - 1e-9 * Math.abs(q05[i]));
        expect(band.deterministic[i], `${id} ${posterior.time[i]}`).toBeLessThanOrEqual(q95[i] + 1e-9 * Math.abs(q95[i]));
      }
    }
  });

  it("estimates goal probabilities as shares of runs, with the deterministic verdict", () => {
    for (const goal of annual.goals) {
      expect(goal.probability).toBeGreaterThanOrEqual(0);
      expect(goal.probability).toBeLessThanOrEqual(1);
      const met = goal.probability * annual.runs;
      expect(Math.abs(met - Math.round(met))).toBeLessThan(1e-9);
    }
    const market = annual.goals[0];
    expect(market.deterministic.value).toBeCloseTo(simulate("baseline").annual.series.market_bn_rmb[2030 - 2023], 9);
    // The 2030 market's median and the probability of >= 100 agree in direction.
    expect(market.probability > 0.5).toBe(market.quantiles[2] >= 100);
  });

  it("is reproducible for a seed and differs across seeds", () => {
    const options = {scenario: "baseline", runs: 50, seed: 3, annual: true, outputs: ["market_bn_rmb"]};
    const a = monteCarlo(engine, options).bands.market_bn_rmb.quantiles[2];
    expect(monteCarlo(engine, options).bands.market_bn_rmb.quantiles[2]).toEqual(a);
    expect(monteCarlo(engine, {...options, seed: 4}).bands.market_bn_rmb.quantiles[2]).not.toEqual(a);
  });

  it("leaves parameters the scenario sets unsampled", () => {
    const plan = planMonteCarlo(engine, {scenario: {version: 1, extends: "baseline", parameters: {market_potential_bn_rmb: 90}}, runs: 10, seed: 1, outputs: []});
    expect(plan.plan.parameters).not.toContain("market_potential_bn_rmb");
    expect(plan.plan.parameters.length).toBe(engine.data.parameters.filter((p) => p.prior).length - 1);
  });

  it("validates its options, naming them", () => {
    const base = {scenario: "baseline", runs: 10, seed: 1};
    expect(() => planMonteCarlo(engine, {...base, runs: 0})).toThrow("runs must be an integer between 1 and 1000000, got 0");
    expect(() => planMonteCarlo(engine, {...base, seed: -1})).toThrow("seed must be an integer between 0 and 4294967295, got -1");
    expect(() => planMonteCarlo(engine, {...base, quantiles: [0.5, 0.2]})).toThrow("quantiles must be strictly increasing, got 0.5 then 0.2");
    expect(() => planMonteCarlo(engine, {...base, quantiles: [1.5]})).toThrow("quantiles must be numbers between 0 and 1, got 1.5");
    expect(() => planMonteCarlo(engine, {...base, outputs: ["nope"]})).toThrow('outputs names unknown output "nope"');
    expect(() => planMonteCarlo(engine, {...base, exactValues: -1})).toThrow("exactValues must be an integer >= 0, got -1");
    // A million monthly runs are sketched, not refused; only the values per run are bounded.
    const all = engine.outputs.map((o) => o.id);
    expect(() => planMonteCarlo(engine, {...base, outputs: [...all, ...all, ...all]})).toThrow(
      `outputs × time points + goals must be at most 16,384 values per run, got ${3 * all.length} × 157 + 0; band fewer outputs or annual values`
    );
  });
});

describe("a batch too large to keep (sketched)", () => {
  const options = {scenario: "baseline", runs: 2000, seed: 4, outputs: ["market_bn_rmb", "compute_gap_beijing_pflops"], goals};
  const exact = monteCarlo(engine, options);
  const sketched = monteCarlo(engine, {...options, exactValues: 0});

  it("bands from quantile sketches, within their bound of the exact bands, with exact goal probabilities", () => {
    expect(exact.method).toBe("exact");
    expect(sketched.method).toBe("sketch");
    expect(sketched.goals).toEqual(exact.goals);
    // The sketch's centre (chosen from the first block of 1000 runs) and the largest distance of
    // any run from it, per output and time point.
    const {plan} = planMonteCarlo(engine, options);
    const runner = createSampleRunner(plan);
    const values = new Float64Array(options.runs * runner.layout.columns);
    for (let r = 0; r < options.runs; r++) runner.runRow(r, values);
    const T = exact.time.length;
    options.outputs.forEach((id, o) => {
      const band = exact.bands[id];
      expect(sketched.bands[id].deterministic).toEqual(band.deterministic);
      for (let i = 0; i < T; i++) {
        const column = values.subarray((o * T + i) * options.runs, (o * T + i + 1) * options.runs);
        const centre = sketchCentre(column.subarray(0, 1000));
        let largest = 0;
        for (const x of column) largest = Math.max(largest, Math.abs(x - centre));
        band.quantiles.forEach((q, k) => {
          // Within 2^-7 of the distance from the centre, or 2^-22 of the largest distance.
          const allowed = Math.max(2 ** -7 * Math.abs(q[i] - centre), 2 ** -22 * largest);
          expect(Math.abs(sketched.bands[id].quantiles[k][i] - q[i]), `${id} q${k} ${exact.time[i]}`).toBeLessThanOrEqual(allowed * (1 + 1e-12));
        });
      }
    });
  });

  it("gives the same bits on worker threads, whatever their number, as in-process", async () => {
    startWorkers(3);
    for (const workers of [1, 2, 3]) {
      const pooled = await runMonteCarlo(engine, {...options, exactValues: 0}, {workers});
      expect(pooled.bands, `${workers} workers`).toEqual(sketched.bands);
      expect(pooled.goals).toEqual(sketched.goals);
    }
    const batch = await runMonteCarloBatch(planMonteCarlo(engine, options).plan, {workers: 2, exactValues: 0});
    expect(batch.samples).not.toBeInstanceOf(Float64Array);
  });

  it("draws the same design on several threads as on one", () => {
    startWorkers(2);
    const one = planMonteCarlo(engine, {scenario: "baseline", runs: 20_000, seed: 6, outputs: []});
    const two = planMonteCarlo(engine, {scenario: "baseline", runs: 20_000, seed: 6, outputs: []}, sampleParametersOnThreads(2));
    expect(Buffer.from(two.plan.design.buffer).equals(Buffer.from(one.plan.design.buffer))).toBe(true);
  });
});

describe("runSamples and runMonteCarlo (worker threads)", () => {
  it("are bit-identical for 1, 2 and 3 threads and equal the in-process monteCarlo", async () => {
    const plan = planMonteCarlo(engine, {scenario: "baseline", runs: 300, seed: 5, outputs: ["market_bn_rmb", "compute_gap_beijing_pflops"], goals});
    const one = await runSamples(plan.plan, {workers: 1});
    const two = await runSamples(plan.plan, {workers: 2, chunk: 7});
    startWorkers(3); // one kept from the batch before, one new: both are used below
    const three = await runSamples(plan.plan, {workers: 3, chunk: 16});
    expect(Buffer.from(two.values.buffer).equals(Buffer.from(one.values.buffer))).toBe(true);
    expect(Buffer.from(three.values.buffer).equals(Buffer.from(one.values.buffer))).toBe(true);
    const options = {scenario: "baseline", runs: 120, seed: 9, annual: true, outputs: headline, goals};
    const pooled = await runMonteCarlo(engine, options, {workers: 2, chunk: 8});
    const local = monteCarlo(engine, options);
    expect(pooled.bands).toEqual(local.bands);
    expect(pooled.goals).toEqual(local.goals);
  });

  it("reports progress up to the total and rejects a bad thread count", async () => {
    const plan = planMonteCarlo(engine, {scenario: "baseline", runs: 100, seed: 1, outputs: [], annual: true, goals: [goals[0]]});
    const seen: number[] = [];
    await runSamples(plan.plan, {workers: 2, chunk: 10, onProgress: (done) => seen.push(done)});
    expect(seen.at(-1)).toBe(100);
    await expect(runSamples(plan.plan, {workers: 0})).rejects.toThrow("workers must be an integer between 1 and 64, got 0");
  });
});
