/**
 * **[Uniform distribution quantile](https://en.wikipedia.org/wiki/Continuous_uniform_distribution)**
 * (inverse CDF) of U(min, max): `min + u · (max − min)`.
 *
 * Cost: O(1), no allocation.
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
  const {min, max} = params;
  if (!(u >= 0 && u <= 1)) throw new RangeError(`uniformQuantile: u must be in [0, 1], got ${u}`);
  if (!Number.isFinite(min)) throw new RangeError(`uniformQuantile: min must be a finite number, got ${min}`);
  if (!Number.isFinite(max)) throw new RangeError(`uniformQuantile: max must be a finite number, got ${max}`);
  if (!(min < max)) throw new RangeError(`uniformQuantile: min must be < max, got min = ${min}, max = ${max}`);
  const x = min + u * (max - min);
  return x > max ? max : x; // rounding guard
}
