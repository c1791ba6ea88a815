import {quantileSorted} from "simple-statistics";
import type {DistributionSummary} from "./priorSummary.js";

/**
 * **Median, 5–95% quantiles, mean and sd of a sample** (quantiles by simple-statistics'
 * quantileSorted: linear interpolation, R's type 7), to set beside priorSummary.
 *
 * Cost: O(n log n) (one sorted copy).
 *
 * @param values the sample, at least one value
 * @returns median, q05, q95, mean, sd (population sd, 0 for one value)
 * @throws RangeError if values is empty
 * @example sampleSummary(Float64Array.of(1, 2, 3, 4)) // {median: 2.5, q05: 1.15, q95: 3.85, mean: 2.5, sd: 1.118}
 */
export function sampleSummary(values: ArrayLike<number>): DistributionSummary {
  if (values.length === 0) throw new RangeError("sampleSummary requires at least one value");
  const sorted = Float64Array.from(values).sort();
  const view = sorted as unknown as number[]; // quantileSorted only indexes and reads length
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / sorted.length;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) ** 2;
  return {median: quantileSorted(view, 0.5), q05: quantileSorted(view, 0.05), q95: quantileSorted(view, 0.95), mean, sd: Math.sqrt(squares / sorted.length)};
}
