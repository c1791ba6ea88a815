import {type Engine, type MonteCarloOptions, type MonteCarloPlan, type MonteCarloResult, planMonteCarlo, summarizeSamples} from "../engine/index.js";
import {availableParallelism} from "node:os";
import {runMonteCarloBatch, type RunSamplesOptions, sampleParametersOnThreads, startWorkers} from "./runSamples.js";

/**
 * Monte Carlo on worker threads: `planMonteCarlo` draws the whole design from the seed (into
 * shared memory, shared between this thread and the workers by `sampleParametersOnThreads`), the
 * runs are spread by `runMonteCarloPlan`, and bands and goal probabilities are computed here. Same result, bit for bit, as the engine's in-process `monteCarlo` for the
 * same options, whatever the number of workers.
 * Cost: see runMonteCarloPlan.
 *
 * @param engine the engine bound to its data
 * @param options scenario, runs, seed, outputs, annual, quantiles, goals (see MonteCarloOptions)
 * @param pool workers, chunk size and progress callback
 * @returns bands by output and goal probabilities
 * @throws see planMonteCarlo and runSamples
 * @example (await runMonteCarlo(engine, {scenario: "baseline", runs: 10000, seed: 7, annual: true}, {workers: 2})).goals
 */
export async function runMonteCarlo(engine: Engine, options: MonteCarloOptions, pool: RunSamplesOptions = {}): Promise<MonteCarloResult> {
  const workers = pool.workers ?? availableParallelism();
  startWorkers(workers);
  return runMonteCarloPlan(planMonteCarlo(engine, options, sampleParametersOnThreads(workers)), pool);
}

/**
 * Runs a planned Monte Carlo on worker threads (`runMonteCarloBatch`) and bands it: a batch small
 * enough to keep (`sketchesQuantiles`) with exact quantiles (selection); a larger one from quantile
 * sketches, its goal values kept. Bit-identical to the in-process `monteCarlo` whatever the number
 * of workers.
 * Cost: the runs spread over the threads, plus selecting each kept column's quantiles (about
 * 26 ms per column of a million runs) or about 10 ns per sketched value.
 *
 * @param plan from planMonteCarlo (or a plan derived from it, e.g. kept calibration draws)
 * @param pool workers, chunk size and progress callback
 * @returns bands by output and goal probabilities
 * @throws see runMonteCarloBatch
 * @example (await runMonteCarloPlan(planMonteCarlo(engine, {scenario: "baseline", runs: 1e6, seed: 1}), {workers: 2})).method // "sketch"
 */
export async function runMonteCarloPlan(plan: MonteCarloPlan, pool: RunSamplesOptions = {}): Promise<MonteCarloResult> {
  const batch = await runMonteCarloBatch(plan.plan, {...pool, exactValues: plan.exactValues});
  return summarizeSamples(plan, batch.layout, batch.samples, batch.deterministic);
}
