/**
 * **[xoshiro128**](https://prng.di.unimi.it/xoshiro128starstar.c)** 32-bit
 * pseudo-random generator (Blackman & Vigna, "Scrambled linear pseudorandom
 * number generators", ACM TOMS 47(4), 2021, https://doi.org/10.1145/3460772).
 *
 * Returns a function producing the raw 32-bit outputs (unsigned integers in
 * [0, 2^32)) of the generator started from the given 128-bit state. Period
 * 2^128 − 1; passes BigCrush. This is the low-level core: most callers want
 * {@link createRandom}, which seeds it properly and returns uniforms in [0, 1).
 *
 * Cost: O(1) per call, no allocation after construction.
 *
 * @param {number} s0 state word 0, an integer in [0, 2^32 − 1]
 * @param {number} s1 state word 1, an integer in [0, 2^32 − 1]
 * @param {number} s2 state word 2, an integer in [0, 2^32 − 1]
 * @param {number} s3 state word 3, an integer in [0, 2^32 − 1]
 * @returns {() => number} generator of unsigned 32-bit integers
 * @throws {RangeError} if a state word is not an integer in [0, 2^32 − 1]
 * @throws {RangeError} if all four state words are 0 (the one forbidden state)
 * @example
 * const next = xoshiro128StarStar(1, 2, 3, 4);
 * [next(), next(), next()]; // => [11520, 0, 5927040]
 */
export function xoshiro128StarStar(s0: number, s1: number, s2: number, s3: number): () => number {
  const words = [s0, s1, s2, s3];
  for (let i = 0; i < 4; i++) {
    const w = words[i]!;
    if (!Number.isInteger(w) || w < 0 || w > 0xffffffff) {
      throw new RangeError(`xoshiro128StarStar: s${i} must be an integer in [0, 4294967295], got ${w}`);
    }
  }
  if (s0 === 0 && s1 === 0 && s2 === 0 && s3 === 0) {
    throw new RangeError("xoshiro128StarStar: state must not be all zero, got s0 = s1 = s2 = s3 = 0");
  }
  // Int32 arithmetic throughout (| 0, Math.imul); converted to unsigned on output.
  let a = s0 | 0;
  let b = s1 | 0;
  let c = s2 | 0;
  let d = s3 | 0;
  return function next(): number {
    const m = Math.imul(b, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result >>> 0;
  };
}
