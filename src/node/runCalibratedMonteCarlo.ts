import {calibratedPlan, type Engine, type MonteCarloOptions, type MonteCarloResult, type PosteriorSample} from "../engine/index.js";
import {runMonteCarloPlan} from "./runMonteCarlo.js";
import type {RunSamplesOptions} from "./runSamples.js";

/**
 * Monte Carlo under the posterior (`shapan mc --calibrated`): the design draws rows of the
 * posterior sample data/calibration.json stores (resampled by the seed) for the posterior's
 * parameters and every other uncertain parameter from its prior (calibratedPlan), then runs on
 * worker threads and bands the runs, as runMonteCarlo does. Deterministic for a seed, whatever
 * the number of workers.
 * Cost: runs full runs.
 *
 * @param engine the engine bound to its data
 * @param options scenario, runs, seed, outputs, annual, quantiles, goals
 * @param sample the posterior sample (loadCalibration().sample)
 * @param pool workers, chunk size and progress callback
 * @returns the bands and goal probabilities
 * @throws see calibratedPlan and runSamples
 * @example (await runCalibratedMonteCarlo(engine, {scenario: "baseline", runs: 1000, seed: 1, annual: true}, loadCalibration()!.sample)).runs // 1000
 */
export async function runCalibratedMonteCarlo(engine: Engine, options: MonteCarloOptions, sample: PosteriorSample, pool: RunSamplesOptions = {}): Promise<MonteCarloResult> {
  return runMonteCarloPlan(calibratedPlan(engine, options, sample), pool);
}
