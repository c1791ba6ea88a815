import {type Engine, type MonteCarloOptions, type MonteCarloResult, planMonteCarlo, summarizeSamples} from "../engine/index.js";
import {runSamples, type RunSamplesOptions} from "./runSamples.js";

/**
 * Monte Carlo on worker threads: `planMonteCarlo` draws the whole design from the seed here, the
 * runs are spread by `runSamples`, and `summarizeSamples` computes bands and goal probabilities
 * here. Same result, bit for bit, as the engine's in-process `monteCarlo` for the same options,
 * whatever the number of workers.
 * Cost: see runSamples; plus sorting every recorded column.
 *
 * @param engine the engine bound to its data
 * @param options scenario, runs, seed, outputs, annual, quantiles, goals (see MonteCarloOptions)
 * @param pool workers, chunk size and progress callback
 * @returns bands by output and goal probabilities
 * @throws see planMonteCarlo and runSamples
 * @example (await runMonteCarlo(engine, {scenario: "baseline", runs: 10000, seed: 7, annual: true}, {workers: 2})).goals
 */
export async function runMonteCarlo(engine: Engine, options: MonteCarloOptions, pool: RunSamplesOptions = {}): Promise<MonteCarloResult> {
  const plan = planMonteCarlo(engine, options);
  const batch = await runSamples(plan.plan, pool);
  return summarizeSamples(plan, batch.layout, batch.values, batch.deterministic);
}
