import {notProbability} from "./notProbability.js";
/**
 * **[Triangular distribution quantile](https://en.wikipedia.org/wiki/Triangular_distribution#Generating_random_variates)**
 * (inverse CDF) with lower limit `min`, mode `mode`, upper limit `max`.
 *
 * With c = (mode − min)/(max − min): for u < c the quantile is
 * min + √(u (max − min)(mode − min)), otherwise max − √((1 − u)(max − min)(max − mode)).
 * One value; to map many, build the function once with {@link triangularQuantileFunction}.
 *
 * Cost: O(1), one `Math.sqrt`, no allocation after the check.
 *
 * @param {number} u probability in [0, 1]
 * @param {{min: number, mode: number, max: number}} params finite, min < max, min <= mode <= max
 * @returns {number} the u-quantile, in [min, max]
 * @throws {RangeError} if u is not in [0, 1]
 * @throws {RangeError} if min, mode or max is not finite
 * @throws {RangeError} if min >= max
 * @throws {RangeError} if mode is not in [min, max]
 * @example
 * triangularQuantile(0.5, {min: 0, mode: 0.5, max: 1}); // => 0.5
 * triangularQuantile(0.5, {min: 0, mode: 0, max: 1}); // => 1 − √0.5 = 0.2928932188134524
 */
export function triangularQuantile(u: number, params: {readonly min: number; readonly mode: number; readonly max: number}): number {
  return triangularQuantileFunction(params)(u);
}

/**
 * The triangular quantile function, its parameters checked once.
 *
 * @param {{min: number, mode: number, max: number}} params finite, min < max, min <= mode <= max
 * @returns {(u: number) => number} u ↦ the u-quantile; throws RangeError if u is not in [0, 1]
 * @throws {RangeError} if a parameter is not finite, min >= max, or mode is not in [min, max]
 * @example
 * triangularQuantileFunction({min: 0, mode: 0.5, max: 1})(0.5); // => 0.5
 */
export function triangularQuantileFunction(params: {readonly min: number; readonly mode: number; readonly max: number}): (u: number) => number {
  const {min, mode, max} = params;
  if (!Number.isFinite(min)) throw new RangeError(`triangularQuantile: min must be a finite number, got ${min}`);
  if (!Number.isFinite(mode)) throw new RangeError(`triangularQuantile: mode must be a finite number, got ${mode}`);
  if (!Number.isFinite(max)) throw new RangeError(`triangularQuantile: max must be a finite number, got ${max}`);
  if (!(min < max)) throw new RangeError(`triangularQuantile: min must be < max, got min = ${min}, max = ${max}`);
  if (!(mode >= min && mode <= max)) {
    throw new RangeError(`triangularQuantile: mode must be in [min, max] = [${min}, ${max}], got ${mode}`);
  }
  const width = max - min;
  const below = mode - min;
  const above = max - mode;
  return (u) => {
    if (!(u >= 0 && u <= 1)) notProbability("triangularQuantile", "u", u);
    const x = u * width < below ? min + Math.sqrt(u * width * below) : max - Math.sqrt((1 - u) * width * above);
    return x < min ? min : x > max ? max : x;
  };
}
