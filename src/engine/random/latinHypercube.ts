/** What `latinHypercube` may be given beyond its sizes and generator. */
export interface LatinHypercubeOptions<A extends Float32Array | Float64Array = Float64Array> {
  /** The result's storage, length samples · dimensions (e.g. over a SharedArrayBuffer; a Float32Array stores each value rounded). */
  readonly into?: A;
  /** One quantile function per dimension, mapping its column as it is written. */
  readonly marginals?: ReadonlyArray<(u: number) => number>;
  /**
   * Draw only the columns [from, to), with `random` already at the start of column `from`'s
   * draws (`createRandom(seed, stream, from · (2N − 1))`): threads drawing disjoint ranges into
   * one `into` make the design a single thread makes.
   */
  readonly columns?: readonly [number, number];
}

/** Columns drawn before they are written: a row's share of a tile is one cache line. */
const TILE = 8;

/**
 * **[Latin hypercube sample](https://en.wikipedia.org/wiki/Latin_hypercube_sampling)**
 * of the unit cube [0, 1)^dimensions (McKay, Beckman & Conover 1979,
 * https://doi.org/10.1080/00401706.1979.10489755).
 *
 * Each column is split into `samples` equal strata [j/N, (j+1)/N); every
 * stratum receives exactly one point, the strata are assigned to rows by an
 * independent Fisher–Yates permutation per column, and each point is placed
 * uniformly at random inside its stratum ("jittered", not centred). Column d
 * takes 2N − 1 uniforms from `random`: N − 1 for its permutation, then N for
 * its points.
 *
 * To sample arbitrary independent marginals, pass their inverse CDFs as
 * `marginals` (e.g. `priorQuantileFunction`): each point is mapped as it is
 * drawn, so the design is written once. `into` receives the design in place
 * of a new array, e.g. one over a SharedArrayBuffer that worker threads read
 * without a copy; `columns` draws part of it (see {@link LatinHypercubeOptions}).
 * The random stream, hence the design, is the same either way. Columns are
 * drawn eight at a time into contiguous scratch and then written row by row,
 * so that writing a large row-major design touches each cache line once per
 * eight columns rather than once per column.
 *
 * Cost: O(samples · dimensions) time, 2 · samples · dimensions calls to
 * `random` plus one marginal call per value; allocates the result (unless
 * `into`), one Int32Array(samples) and eight Float64Array(samples).
 *
 * @param {number} samples number of points N, integer >= 1
 * @param {number} dimensions number of coordinates k, integer >= 1
 * @param {() => number} random uniform generator on [0, 1), e.g. `createRandom(seed)`
 * @param {LatinHypercubeOptions} [options] storage, marginals, the columns to draw
 * @returns {Float64Array} N × k matrix (`into` if given), row-major: point i, coordinate d is at
 *   `i * dimensions + d`; every value is in [0, 1), or its column's marginal of it
 * @throws {RangeError} if samples is not an integer >= 1
 * @throws {RangeError} if dimensions is not an integer >= 1
 * @throws {RangeError} if samples · dimensions exceeds 2^31 − 1 entries
 * @throws {TypeError} if random is not a function
 * @throws {RangeError} if into's length is not N · k, marginals does not hold k functions, or
 *   columns is not a range within [0, k]
 * @example
 * const x = latinHypercube(4, 2, createRandom(1));
 * // Each column hits each of [0, .25), [.25, .5), [.5, .75), [.75, 1) once:
 * Array.from({length: 4}, (_, i) => Math.floor(x[i * 2] * 4)).sort(); // => [0, 1, 2, 3]
 */
export function latinHypercube<A extends Float32Array | Float64Array = Float64Array>(samples: number, dimensions: number, random: () => number, options: LatinHypercubeOptions<A> = {}): A {
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
  const {into, marginals} = options;
  if (into !== undefined && into.length !== samples * dimensions) {
    throw new RangeError(`latinHypercube: into must hold samples · dimensions = ${samples * dimensions} numbers, got ${into.length}`);
  }
  if (marginals !== undefined && (marginals.length !== dimensions || !marginals.every((m) => typeof m === "function"))) {
    throw new RangeError(`latinHypercube: marginals must hold one function per dimension (${dimensions}), got ${marginals.length} entries`);
  }
  const [from, to] = options.columns ?? [0, dimensions];
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= dimensions)) {
    throw new RangeError(`latinHypercube: columns must be a range [from, to] within [0, ${dimensions}], got [${from}, ${to}]`);
  }
  const n = samples;
  const k = dimensions;
  const out = into ?? (new Float64Array(n * k) as A);
  const perm = new Int32Array(n);
  const tile = Array.from({length: Math.min(TILE, to - from)}, () => new Float64Array(n));
  for (let first = from; first < to; first += TILE) {
    const width = Math.min(TILE, to - first);
    for (let t = 0; t < width; t++) drawColumn(n, random, perm, marginals?.[first + t] ?? identity, tile[t]!);
    writeTile(tile, width, out, k, first);
  }
  return out;
}

/** Writes `width` drawn columns into the row-major design at column `first`, row by row. */
function writeTile(tile: readonly Float64Array[], width: number, out: Float32Array | Float64Array, k: number, first: number): void {
  const n = tile[0]!.length;
  for (let i = 0, row = first; i < n; i++, row += k) {
    for (let t = 0; t < width; t++) out[row + t] = tile[t]![i]!;
  }
}

/** One column: a Fisher–Yates permutation of the strata, then a jittered point in each, mapped. */
function drawColumn(n: number, random: () => number, perm: Int32Array, marginal: (u: number) => number, column: Float64Array): void {
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
    column[i] = marginal(v);
  }
}

const identity = (u: number) => u;
