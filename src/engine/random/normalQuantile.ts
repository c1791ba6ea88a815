import {notProbability} from "./notProbability.js";
import {standardNormalCdf} from "./standardNormalCdf.js";
import {standardNormalQuantile} from "./standardNormalQuantile.js";

type NormalParams = {readonly mean: number; readonly sd: number; readonly min?: number; readonly max?: number};

/**
 * **[Normal distribution quantile](https://en.wikipedia.org/wiki/Normal_distribution#Quantile_function)**,
 * optionally **[truncated](https://en.wikipedia.org/wiki/Truncated_normal_distribution)**
 * to [min, max].
 *
 * Untruncated: mean + sd · Φ⁻¹(u). Truncated: u is mapped linearly onto
 * [Φ(a), Φ(b)] (a, b the standardised bounds) and inverted, so every result
 * lies in [min, max] and u ↦ x is increasing. When both bounds are above the
 * mean the computation is mirrored into the lower tail, where Φ keeps full
 * relative precision, so far-tail truncations (e.g. [6 sd, 8 sd]) stay exact.
 * If the interval's probability underflows (bounds beyond ~37 sd), the
 * exponential tail approximation density ∝ exp(−a (z − a)) is used instead.
 * Accuracy: ~1e-15 relative in z (see `standardNormalCdf`,
 * `standardNormalQuantile`). One value; to map many, build the function once
 * with {@link normalQuantileFunction} (Φ(a) and Φ(b) are then computed once).
 *
 * Cost: O(1): one quantile and, when truncated, two CDF evaluations.
 *
 * @param {number} u probability in [0, 1]
 * @param {{mean: number, sd: number, min?: number, max?: number}} params mean finite;
 *   sd finite and > 0; optional bounds min < max (default −Infinity, +Infinity)
 * @returns {number} the u-quantile of N(mean, sd²) restricted to [min, max];
 *   ±Infinity for u = 0 or 1 only when the corresponding bound is infinite
 * @throws {RangeError} if u is not in [0, 1]
 * @throws {RangeError} if mean is not finite
 * @throws {RangeError} if sd is not a finite number > 0
 * @throws {RangeError} if min or max is NaN, or min >= max
 * @example
 * normalQuantile(0.975, {mean: 10, sd: 2}); // => 13.919927969080106
 * normalQuantile(0, {mean: 0, sd: 1, min: -1, max: 2}); // => -1
 */
export function normalQuantile(u: number, params: NormalParams): number {
  return normalQuantileFunction(params)(u);
}

/**
 * The (truncated) normal quantile function, its constants computed once: the standardised
 * bounds, Φ at each and the width of [Φ(a), Φ(b)]. Each call then costs one Φ⁻¹, as an
 * untruncated draw does.
 *
 * @param {{mean: number, sd: number, min?: number, max?: number}} params as for {@link normalQuantile}
 * @returns {(u: number) => number} u ↦ the u-quantile; throws RangeError if u is not in [0, 1]
 * @throws {RangeError} if mean is not finite, sd is not a finite number > 0, min or max is NaN, or min >= max
 * @example
 * const q = normalQuantileFunction({mean: 0, sd: 1, min: -1, max: 2});
 * q(0); // => -1
 */
export function normalQuantileFunction(params: NormalParams): (u: number) => number {
  const {mean, sd} = params;
  const min = params.min ?? -Infinity;
  const max = params.max ?? Infinity;
  if (!Number.isFinite(mean)) throw new RangeError(`normalQuantile: mean must be a finite number, got ${mean}`);
  if (!(Number.isFinite(sd) && sd > 0)) throw new RangeError(`normalQuantile: sd must be a finite number > 0, got ${sd}`);
  if (Number.isNaN(min) || Number.isNaN(max) || !(min < max)) {
    throw new RangeError(`normalQuantile: min must be < max, got min = ${min}, max = ${max}`);
  }
  const check = (u: number) => {
    if (!(u >= 0 && u <= 1)) notProbability("normalQuantile", "u", u);
  };
  if (min === -Infinity && max === Infinity) {
    return (u) => {
      check(u);
      return mean + sd * standardNormalQuantile(u);
    };
  }
  const a = (min - mean) / sd;
  const b = (max - mean) / sd;
  let z: (u: number) => number;
  if (a > 0) {
    // Mirror: Z in [a, b]  <=>  −Z in [−b, −a], lower tail.
    const pa = standardNormalCdf(-a);
    const width = pa - standardNormalCdf(-b);
    z = width > 0 ? (u) => -standardNormalQuantile(pa - u * width) : exponentialTail(a, b);
  } else {
    const pa = standardNormalCdf(a);
    const width = standardNormalCdf(b) - pa;
    if (width > 0) z = (u) => standardNormalQuantile(pa + u * width);
    else {
      const tail = exponentialTail(-b, -a);
      z = (u) => -tail(1 - u);
    }
  }
  return (u) => {
    check(u);
    if (u === 0 && min > -Infinity) return min;
    if (u === 1 && max < Infinity) return max;
    const x = mean + sd * z(u);
    return x < min ? min : x > max ? max : x;
  };
}

/**
 * Quantile function of the density ∝ exp(−a·(z − a)) on [a, b] (a > 0): the first-order
 * approximation of a normal tail beyond a, used when Φ underflows. Uniform on [a, b] when
 * a·(b − a) is negligible (density flat there).
 */
function exponentialTail(a: number, b: number): (u: number) => number {
  const w = b - a;
  const rate = a > 0 ? a : 0;
  if (!(rate * w > 1e-12)) return (u) => a + u * w;
  const mass = -Math.expm1(-rate * w); // 1 when b = +Infinity
  return (u) => a - Math.log1p(-u * mass) / rate;
}
