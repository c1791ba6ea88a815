import type {Engine} from "../simulate.js";
import {createSampleRunner} from "./createSampleRunner.js";
import {createSketchRunner} from "./createSketchRunner.js";
import {type MonteCarloOptions, type MonteCarloPlan, planMonteCarlo} from "./planMonteCarlo.js";
import {sketchesQuantiles} from "./sketchesQuantiles.js";
import {summarizeSamples, type MonteCarloResult} from "./summarizeSamples.js";

/**
 * **Monte Carlo** uncertainty of a scenario, in the calling thread: Latin hypercube draws of every
 * parameter with a prior (`planMonteCarlo`), one engine run per draw (`createSampleRunner`),
 * quantile bands per output and time point, and the probability of each goal (`summarizeSamples`).
 * A batch too large to keep (`sketchesQuantiles`) is banded from quantile sketches as it runs.
 * The Node CLI spreads the same runs over worker threads (`src/node/runMonteCarlo.ts`) and the
 * site runs it in a Web Worker; all give bit-identical results for the same seed.
 * Cost: runs engine runs (about 45 µs each, monthly) plus selecting every recorded column's
 * quantiles, or about 10 ns per recorded value when sketched.
 *
 * @param engine the engine bound to its data
 * @param options scenario, runs, seed, outputs, annual, quantiles, goals
 * @param onProgress called with (runs done, runs) every 64 runs and at the end
 * @returns bands by output, goal probabilities, and the settings that produced them
 * @throws see `planMonteCarlo` and `createSampleRunner`
 * @example monteCarlo(engine, {scenario: "baseline", runs: 200, seed: 1, annual: true, outputs: ["market_bn_rmb"]})
 * //   .bands.market_bn_rmb.quantiles[2] // median market per year
 */
export function monteCarlo(engine: Engine, options: MonteCarloOptions, onProgress?: (done: number, runs: number) => void): MonteCarloResult {
  return monteCarloFromPlan(planMonteCarlo(engine, options), onProgress);
}

/**
 * Runs a planned Monte Carlo in the calling thread: `planMonteCarlo`'s plan, or one derived from
 * it such as `calibratedPlan`'s posterior draws.
 *
 * @param plan the batch: scenario, design, outputs, goals
 * @param onProgress called with (runs done, runs) every 64 runs and at the end
 * @returns bands by output and goal probabilities
 * @example monteCarloFromPlan(calibratedPlan(engine, {scenario: "baseline", runs: 200, seed: 1, annual: true}, sample)).goals
 */
export function monteCarloFromPlan(plan: MonteCarloPlan, onProgress?: (done: number, runs: number) => void): MonteCarloResult {
  const runner = createSampleRunner(plan.plan);
  const {runs, columns} = runner.layout;
  const deterministic = new Float64Array(columns);
  runner.run(undefined, deterministic, 1, 0);
  const goals = plan.plan.goals.length;
  if (sketchesQuantiles(runs, columns - goals, plan.exactValues)) {
    const sketched = createSketchRunner(plan.plan, runner, new Float64Array(runs * goals));
    for (let from = sketched.done; from < runs; from += sketched.blockRows) {
      const to = Math.min(runs, from + sketched.blockRows);
      sketched.runRows(from, to);
      onProgress?.(to, runs);
    }
    return summarizeSamples(plan, runner.layout, {sketch: sketched.sketch, goals: sketched.goals}, deterministic);
  }
  const values = new Float64Array(runs * columns);
  for (let r = 0; r < runs; r++) {
    runner.runRow(r, values);
    if (onProgress && ((r + 1) % 64 === 0 || r + 1 === runs)) onProgress(r + 1, runs);
  }
  return summarizeSamples(plan, runner.layout, values, deterministic);
}
