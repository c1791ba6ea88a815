import {notProbability} from "./notProbability.js";
/**
 * **[Uniform distribution quantile](https://en.wikipedia.org/wiki/Continuous_uniform_distribution)**
 * (inverse CDF) of U(min, max): `min + u · (max − min)`. One value; to map many, build the
 * function once with {@link uniformQuantileFunction}.
 *
 * Cost: O(1), no allocation after the check.
 *
 * @param {number} u probability in [0, 1]
 * @param {{min: number, max: number}} params finite bounds with min < max
 * @returns {number} the u-quantile, in [min, max]
 * @throws {RangeError} if u is not in [0, 1]
 * @throws {RangeError} if min or max is not finite
 * @throws {RangeError} if min >= max
 * @example
 * uniformQuantile(0.25, {min: 10, max: 20}); // => 12.5
 */
export function uniformQuantile(u: number, params: {readonly min: number; readonly max: number}): number {
  return uniformQuantileFunction(params)(u);
}

/**
 * The quantile function of U(min, max), its parameters checked once: what a sampler maps a
 * whole design column through.
 *
 * @param {{min: number, max: number}} params finite bounds with min < max
 * @returns {(u: number) => number} u ↦ the u-quantile; throws RangeError if u is not in [0, 1]
 * @throws {RangeError} if min or max is not finite, or min >= max
 * @example
 * uniformQuantileFunction({min: 10, max: 20})(0.25); // => 12.5
 */
export function uniformQuantileFunction(params: {readonly min: number; readonly max: number}): (u: number) => number {
  const {min, max} = params;
  if (!Number.isFinite(min)) throw new RangeError(`uniformQuantile: min must be a finite number, got ${min}`);
  if (!Number.isFinite(max)) throw new RangeError(`uniformQuantile: max must be a finite number, got ${max}`);
  if (!(min < max)) throw new RangeError(`uniformQuantile: min must be < max, got min = ${min}, max = ${max}`);
  const width = max - min;
  return (u) => {
    if (!(u >= 0 && u <= 1)) notProbability("uniformQuantile", "u", u);
    const x = min + u * width;
    return x > max ? max : x; // rounding guard
  };
}
