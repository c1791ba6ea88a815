import {type CalibratedPlan, calibrateMonteCarloPlan, type Engine, type MonteCarloOptions, type MonteCarloResult, planMonteCarlo, type SampleFilterOptions, summarizeSamples} from "../engine/index.js";
import {runSamples, type RunSamplesOptions} from "./runSamples.js";

/**
 * Monte Carlo that respects the data (`shapan mc --calibrated`): draws the design as
 * `runMonteCarlo` does, keeps the draws that reproduce the seed figures (calibrateMonteCarloPlan,
 * in this thread: one short run per draw), then runs the kept draws on worker threads and bands
 * them. Deterministic for a seed, whatever the number of workers.
 * Cost: runs short runs to the last target year, plus the kept runs in full.
 *
 * @param engine the engine bound to its data (its facts and targets judge the draws)
 * @param options scenario, runs (drawn), seed, outputs, annual, quantiles, goals
 * @param filter how draws are judged against data/targets.json (see filterSamples)
 * @param pool workers, chunk size and progress callback (counts kept runs)
 * @returns the bands of the kept runs, and how the draws fared
 * @throws see planMonteCarlo, calibrateMonteCarloPlan and runSamples
 * @example (await runCalibratedMonteCarlo(engine, {scenario: "baseline", runs: 2000, seed: 1, annual: true}, {method: "rejection", minKept: 100})).calibration.plan.runs // >= 100
 */
export async function runCalibratedMonteCarlo(
  engine: Engine,
  options: MonteCarloOptions,
  filter: SampleFilterOptions,
  pool: RunSamplesOptions = {}
): Promise<{result: MonteCarloResult; calibration: CalibratedPlan}> {
  const calibration = calibrateMonteCarloPlan(engine, planMonteCarlo(engine, options), engine.data.facts, engine.data.targets, filter);
  const batch = await runSamples(calibration.plan.plan, pool);
  return {result: summarizeSamples(calibration.plan, batch.layout, batch.values, batch.deterministic), calibration};
}
