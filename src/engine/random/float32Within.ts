const single = new Float32Array(1);
const bits = new Int32Array(single.buffer);

/**
 * **The single-precision number nearest x, kept inside [min, max]**: what x becomes when stored
 * in a Float32Array (a Monte Carlo design is, at half the memory of doubles), except that a bound
 * single precision cannot represent (0.3, say) is never crossed: rounding to the nearest float
 * could store 0.30000001 for a draw of 0.29999999 from a prior on [0, 0.3], and the model refuses a
 * parameter outside its declared range. Then the neighbouring float on the inside is returned.
 * Cost: O(1), no allocation.
 *
 * @param x a number in [min, max]
 * @param min lower bound
 * @param max upper bound, with at least one single-precision number in [min, max]
 * @returns a number exactly representable in single precision, within [min, max]
 * @example float32Within(0.3, 0, 0.3) // => 0.29999998211860657 (Math.fround(0.3) is 0.30000001192092896)
 */
export function float32Within(x: number, min: number, max: number): number {
  const y = Math.fround(x);
  if (y > max) return step(y, -1);
  if (y < min) return step(y, 1);
  return y;
}

/** The next single-precision number below (direction -1) or above (+1) y. */
function step(y: number, direction: 1 | -1): number {
  if (y === 0) return direction * 1.401298464324817e-45; // the smallest subnormal
  single[0] = y;
  // The bits of a float order its magnitude: one more is one step away from zero.
  bits[0] += y > 0 === direction > 0 ? 1 : -1;
  return single[0];
}
