/**
 * **[Latin hypercube sample](https://en.wikipedia.org/wiki/Latin_hypercube_sampling)**
 * of the unit cube [0, 1)^dimensions (McKay, Beckman & Conover 1979,
 * https://doi.org/10.1080/00401706.1979.10489755).
 *
 * Each column is split into `samples` equal strata [j/N, (j+1)/N); every
 * stratum receives exactly one point, the strata are assigned to rows by an
 * independent Fisher–Yates permutation per column, and each point is placed
 * uniformly at random inside its stratum ("jittered", not centred).
 *
 * Map the result through inverse CDFs (e.g. `priorQuantile`) to sample
 * arbitrary independent marginals.
 *
 * Cost: O(samples · dimensions) time, 2 · samples · dimensions calls to
 * `random`; allocates the result and one Int32Array(samples).
 *
 * @param {number} samples number of points N, integer >= 1
 * @param {number} dimensions number of coordinates k, integer >= 1
 * @param {() => number} random uniform generator on [0, 1), e.g. `createRandom(seed)`
 * @returns {Float64Array} N × k matrix, row-major: point i, coordinate d is at
 *   `i * dimensions + d`; every value is in [0, 1)
 * @throws {RangeError} if samples is not an integer >= 1
 * @throws {RangeError} if dimensions is not an integer >= 1
 * @throws {RangeError} if samples · dimensions exceeds 2^31 − 1 entries
 * @throws {TypeError} if random is not a function
 * @example
 * const x = latinHypercube(4, 2, createRandom(1));
 * // Each column hits each of [0, .25), [.25, .5), [.5, .75), [.75, 1) once:
 * Array.from({length: 4}, (_, i) => Math.floor(x[i * 2] * 4)).sort(); // => [0, 1, 2, 3]
 */
export function latinHypercube(samples: number, dimensions: number, random: () => number): Float64Array {
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`latinHypercube: samples must be an integer >= 1, got ${samples}`);
  }
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new RangeError(`latinHypercube: dimensions must be an integer >= 1, got ${dimensions}`);
  }
  if (samples * dimensions > 0x7fffffff) {
    throw new RangeError(`latinHypercube: samples · dimensions must be <= 2147483647, got ${samples} · ${dimensions}`);
  }
  if (typeof random !== "function") {
    throw new TypeError(`latinHypercube: random must be a function returning numbers in [0, 1), got ${typeof random}`);
  }
  const n = samples;
  const k = dimensions;
  const out = new Float64Array(n * k);
  const perm = new Int32Array(n);
  for (let d = 0; d < k; d++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    // Fisher–Yates (Durstenfeld) shuffle.
    for (let i = n - 1; i > 0; i--) {
      let j = Math.floor(random() * (i + 1));
      if (j > i) j = i; // guards a generator that returns exactly 1
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    for (let i = 0; i < n; i++) {
      const stratum = perm[i]!;
      let v = (stratum + random()) / n;
      // Rounding (or a generator returning 1) could push v onto the next
      // stratum's edge; fall back to the stratum midpoint in that rare case.
      if (Math.floor(v * n) !== stratum) v = (stratum + 0.5) / n;
      out[i * k + d] = v;
    }
  }
  return out;
}
