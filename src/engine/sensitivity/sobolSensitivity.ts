import {sobolIndices} from "../analysis/sobolIndices.js";
import {createRandom} from "../random/createRandom.js";
import type {OutputYearPlan} from "./planOutputYear.js";

/** One parameter's Sobol indices, with bootstrap 95% intervals. */
export interface SobolBar {
  parameter: string;
  /** First-order index: the share of variance the parameter explains alone. */
  first: number;
  /** Total index: its share including every interaction. */
  total: number;
  firstLow: number;
  firstHigh: number;
  totalLow: number;
  totalHigh: number;
}

/** A Sobol analysis of one output in one year. */
export interface SobolSensitivity {
  /** Base sample size N; the analysis ran (parameters + 2) · N runs. */
  samples: number;
  /** Mean and variance of the output over the A and B draws. */
  mean: number;
  variance: number;
  /** Sum of the first-order indices: near 1 for an additive model, lower with interactions. */
  firstSum: number;
  /** Bars sorted by total index, largest first. */
  bars: SobolBar[];
}

/**
 * **Sobol' first-order and total indices** from the runs of a `planSobol` design (Saltelli 2010
 * first-order and Jansen 1999 total estimators, `sobolIndices`), with 95% bootstrap intervals
 * from 200 resamples (`createRandom(seed, 1)`).
 * Cost: O(bootstrap · (k + 2) · N).
 *
 * @param sobol the plan from `planSobol`
 * @param values the recorded batch, column-major (`runSamples` or a runner's runRow)
 * @param seed seed of the bootstrap stream (use the design's seed)
 * @returns indices per parameter, largest total first
 * @throws RangeError if values do not hold the plan's runs, or an output is not finite
 * @example sobolSensitivity(sobol, batch.values, 1).bars[0] // {parameter: "market_potential_bn_rmb", first: 0.4, total: 0.5, ...}
 */
export function sobolSensitivity(sobol: OutputYearPlan, values: Float64Array, seed: number): SobolSensitivity {
  const k = sobol.parameters.length;
  const runs = sobol.plan.design.length / k;
  if (values.length % runs !== 0) throw new RangeError(`sobolSensitivity: values must hold a multiple of ${runs} runs, got ${values.length}`);
  const outputs = values.subarray(sobol.column * runs, (sobol.column + 1) * runs);
  const result = sobolIndices(outputs, k, {bootstrap: 200, random: createRandom(seed, 1)});
  const bars: SobolBar[] = sobol.parameters.map((p, j) => ({
    parameter: p.id,
    first: result.first[j],
    total: result.total[j],
    firstLow: result.firstCI!.lower[j],
    firstHigh: result.firstCI!.upper[j],
    totalLow: result.totalCI!.lower[j],
    totalHigh: result.totalCI!.upper[j]
  }));
  bars.sort((p, q) => q.total - p.total || p.parameter.localeCompare(q.parameter));
  return {samples: result.samples, mean: result.mean, variance: result.variance, firstSum: result.first.reduce((s, x) => s + x, 0), bars};
}
