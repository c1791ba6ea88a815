import {notProbability} from "./notProbability.js";
import {normalQuantileFunction} from "./normalQuantile.js";

type LognormalParams = {readonly median: number; readonly sigma: number; readonly min?: number; readonly max?: number};

/**
 * **[Log-normal distribution quantile](https://en.wikipedia.org/wiki/Log-normal_distribution)**,
 * optionally truncated to [min, max].
 *
 * Parameterised by the median (= e^μ) and sigma (the standard deviation of
 * ln X), which is how such priors are usually elicited ("about 2, within a
 * factor e^σ"). Computed as exp of the (truncated) normal quantile of ln X
 * with mean ln(median), sd sigma, bounds ln(min), ln(max); results are
 * clamped to [min, max] against rounding. One value; to map many, build the
 * function once with {@link lognormalQuantileFunction}.
 *
 * Cost: O(1): one `normalQuantile` plus up to three `Math.log` and one `Math.exp`.
 *
 * @param {number} u probability in [0, 1]
 * @param {{median: number, sigma: number, min?: number, max?: number}} params median
 *   finite and > 0; sigma finite and > 0; optional bounds 0 <= min < max
 *   (default 0 and +Infinity)
 * @returns {number} the u-quantile, in [min, max]
 * @throws {RangeError} if u is not in [0, 1]
 * @throws {RangeError} if median is not a finite number > 0
 * @throws {RangeError} if sigma is not a finite number > 0
 * @throws {RangeError} if min < 0, or min, max is NaN, or min >= max
 * @example
 * lognormalQuantile(0.5, {median: 2, sigma: 0.5}); // => 2
 * lognormalQuantile(0.975, {median: 1, sigma: 1}); // => 7.0990713842313315
 */
export function lognormalQuantile(u: number, params: LognormalParams): number {
  return lognormalQuantileFunction(params)(u);
}

/**
 * The (truncated) log-normal quantile function, its constants (the logarithms of the median and
 * the bounds, and the truncated normal's) computed once: each call costs one Φ⁻¹ and one exp.
 *
 * @param {{median: number, sigma: number, min?: number, max?: number}} params as for {@link lognormalQuantile}
 * @returns {(u: number) => number} u ↦ the u-quantile; throws RangeError if u is not in [0, 1]
 * @throws {RangeError} if median or sigma is not a finite number > 0, min < 0, min or max is NaN, or min >= max
 * @example
 * lognormalQuantileFunction({median: 2, sigma: 0.5})(0.5); // => 2
 */
export function lognormalQuantileFunction(params: LognormalParams): (u: number) => number {
  const {median, sigma} = params;
  const min = params.min ?? 0;
  const max = params.max ?? Infinity;
  if (!(Number.isFinite(median) && median > 0)) {
    throw new RangeError(`lognormalQuantile: median must be a finite number > 0, got ${median}`);
  }
  if (!(Number.isFinite(sigma) && sigma > 0)) {
    throw new RangeError(`lognormalQuantile: sigma must be a finite number > 0, got ${sigma}`);
  }
  if (!(min >= 0)) throw new RangeError(`lognormalQuantile: min must be >= 0, got ${min}`);
  if (Number.isNaN(max) || !(min < max)) {
    throw new RangeError(`lognormalQuantile: min must be < max, got min = ${min}, max = ${max}`);
  }
  const logMin = Math.log(min);
  const logMax = Math.log(max);
  // Bounds closer than one ulp in log space: the density is flat there.
  const normal = logMin < logMax ? normalQuantileFunction({mean: Math.log(median), sd: sigma, min: logMin, max: logMax}) : undefined;
  return (u) => {
    if (!(u >= 0 && u <= 1)) notProbability("lognormalQuantile", "u", u);
    if (u === 0) return min;
    if (u === 1 && max < Infinity) return max;
    if (normal === undefined) return min + u * (max - min);
    const x = Math.exp(normal(u));
    return x < min ? min : x > max ? max : x;
  };
}
