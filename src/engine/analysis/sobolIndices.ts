import {quantileSorted} from "simple-statistics";

/** Options of {@link sobolIndices}. */
export interface SobolOptions {
  /** Number of bootstrap resamples for confidence intervals; 0 (default) skips them. */
  readonly bootstrap?: number;
  /** Uniform generator on [0, 1), required when bootstrap > 0, e.g. `createRandom(seed, 1)`. */
  readonly random?: () => number;
  /** Coverage of the percentile intervals, in (0, 1); default 0.95. */
  readonly confidence?: number;
}

/** Lower and upper interval limits, one entry per input dimension. */
export interface SobolInterval {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/** Result of {@link sobolIndices}. */
export interface SobolResult {
  /** First-order indices S_i (Saltelli 2010 estimator). */
  readonly first: Float64Array;
  /** Total-order indices ST_i (Jansen 1999 estimator). */
  readonly total: Float64Array;
  /** Mean of f(A) and f(B) combined. */
  readonly mean: number;
  /** Variance of f(A) and f(B) combined (divisor 2N), the normaliser. */
  readonly variance: number;
  /** Base sample size N. */
  readonly samples: number;
  /** Bootstrap percentile interval of `first` (only when bootstrap > 0). */
  readonly firstCI?: SobolInterval;
  /** Bootstrap percentile interval of `total` (only when bootstrap > 0). */
  readonly totalCI?: SobolInterval;
}

/**
 * **[Sobol' sensitivity indices](https://en.wikipedia.org/wiki/Variance-based_sensitivity_analysis)**
 * from model outputs on a Saltelli design (see `saltelliSample`).
 *
 * With y_A = f(A), y_B = f(B), y_i = f(AB_i), m and V the mean and variance
 * of [y_A, y_B] combined:
 * - first order (Saltelli et al. 2010, Table 2 (b)):
 *   S_i = (1/N) Σ_j (y_B[j] − m)(y_i[j] − y_A[j]) / V
 * - total order (Jansen 1999, Saltelli et al. 2010 Table 2 (f)):
 *   ST_i = (1/2N) Σ_j (y_A[j] − y_i[j])² / V
 *
 * Centring y_B by m does not change the estimator's expectation (E[y_i − y_A]
 * = 0) but removes the large variance it otherwise has when the output's
 * mean is big relative to its spread (SALib standardises outputs for the same
 * reason). Estimates are not clipped: small negative values or values slightly
 * above 1 are sampling noise. If all outputs are equal (V = 0), every index
 * is reported as 0 (no input has any influence).
 *
 * References: Saltelli et al. 2010, https://doi.org/10.1016/j.cpc.2009.09.018;
 * Jansen 1999, Comput. Phys. Commun. 117, https://doi.org/10.1016/S0010-4655(98)00154-4.
 *
 * Cost: O((k + 2)·N) time, plus O(bootstrap·(k + 2)·N) for intervals;
 * allocates O(k + N + bootstrap·k).
 *
 * @param {Float64Array} outputs model outputs in design order [f(A); f(B); f(AB_1); …; f(AB_k)],
 *   length (k + 2)·N with N >= 2, all finite
 * @param {number} dimensions number of inputs k, integer >= 1
 * @param {SobolOptions} [options] bootstrap settings
 * @returns {SobolResult} indices, mean, variance, N, and optional intervals
 * @throws {RangeError} if dimensions is not an integer >= 1
 * @throws {RangeError} if outputs.length is not (dimensions + 2)·N with N >= 2
 * @throws {RangeError} if an output is not finite (names the index)
 * @throws {RangeError} if options.bootstrap is not an integer >= 0
 * @throws {RangeError} if options.confidence is not in (0, 1)
 * @throws {TypeError} if options.bootstrap > 0 and options.random is not a function
 * @example
 * // Typical use: A, B from one LHS, model on every design row, then indices.
 * // const x = saltelliSample(a, b, k);            // (k + 2)·N rows
 * // const y = Float64Array.from({length: x.length / k}, (_, r) => model(x.subarray(r * k, r * k + k)));
 * // const {first, total} = sobolIndices(y, k, {bootstrap: 200, random: createRandom(seed, 1)});
 * //
 * // Arithmetic on a tiny case (N = 2 is far too small for meaningful values):
 * // f(A) = [0, 1], f(B) = [1, 0], f(AB_1) = [1, 0], f(AB_2) = [0, 1]
 * sobolIndices(new Float64Array([0, 1, 1, 0, 1, 0, 0, 1]), 2);
 * // => {first: [2, 0], total: [2, 0], mean: 0.5, variance: 0.25, samples: 2}
 */
export function sobolIndices(outputs: Float64Array, dimensions: number, options: SobolOptions = {}): SobolResult {
  const k = dimensions;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`sobolIndices: dimensions must be an integer >= 1, got ${dimensions}`);
  }
  const n = outputs.length / (k + 2);
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`sobolIndices: outputs.length must be (dimensions + 2)·N = ${k + 2}·N with N >= 2, got ${outputs.length}`);
  }
  for (let r = 0; r < outputs.length; r++) {
    if (!Number.isFinite(outputs[r]!)) {
      throw new RangeError(`sobolIndices: outputs[${r}] must be a finite number, got ${outputs[r]}`);
    }
  }
  const bootstrap = options.bootstrap ?? 0;
  if (!Number.isInteger(bootstrap) || bootstrap < 0) {
    throw new RangeError(`sobolIndices: options.bootstrap must be an integer >= 0, got ${bootstrap}`);
  }
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`sobolIndices: options.confidence must be in (0, 1), got ${confidence}`);
  }
  const random = options.random;
  if (bootstrap > 0 && typeof random !== "function") {
    throw new TypeError("sobolIndices: options.random must be a function when options.bootstrap > 0, got " + typeof random);
  }

  const first = new Float64Array(k);
  const total = new Float64Array(k);
  const {mean, variance} = estimate(outputs, n, k, null, first, total);
  const result: SobolResult = {first, total, mean, variance, samples: n};
  if (bootstrap === 0) return result;

  // Percentile bootstrap: resample the N rows (jointly across A, B, AB_i).
  const index = new Int32Array(n);
  const bootFirst = new Float64Array(bootstrap * k); // [i * bootstrap + r]
  const bootTotal = new Float64Array(bootstrap * k);
  const f = new Float64Array(k);
  const t = new Float64Array(k);
  for (let r = 0; r < bootstrap; r++) {
    for (let j = 0; j < n; j++) {
      const pick = Math.floor(random!() * n);
      index[j] = pick < n ? pick : n - 1;
    }
    estimate(outputs, n, k, index, f, t);
    for (let i = 0; i < k; i++) {
      bootFirst[i * bootstrap + r] = f[i]!;
      bootTotal[i * bootstrap + r] = t[i]!;
    }
  }
  const alpha = (1 - confidence) / 2;
  return {
    ...result,
    firstCI: interval(bootFirst, k, bootstrap, alpha),
    totalCI: interval(bootTotal, k, bootstrap, alpha)
  };
}

/** Fills first/total for rows `index` (or 0..N−1 when null); returns mean and variance. */
function estimate(y: Float64Array, n: number, k: number, index: Int32Array | null, first: Float64Array, total: Float64Array): {mean: number; variance: number} {
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const row = index === null ? j : index[j]!;
    sum += y[row]! + y[n + row]!;
  }
  const mean = sum / (2 * n);
  let squares = 0;
  for (let j = 0; j < n; j++) {
    const row = index === null ? j : index[j]!;
    const da = y[row]! - mean;
    const db = y[n + row]! - mean;
    squares += da * da + db * db;
  }
  const variance = squares / (2 * n);
  for (let i = 0; i < k; i++) {
    const offset = (2 + i) * n;
    let s = 0;
    let st = 0;
    for (let j = 0; j < n; j++) {
      const row = index === null ? j : index[j]!;
      const ya = y[row]!;
      const d = y[offset + row]! - ya;
      s += (y[n + row]! - mean) * d;
      st += d * d;
    }
    first[i] = variance > 0 ? s / n / variance : 0;
    total[i] = variance > 0 ? st / (2 * n) / variance : 0;
  }
  return {mean, variance};
}

function interval(boot: Float64Array, k: number, b: number, alpha: number): SobolInterval {
  const lower = new Float64Array(k);
  const upper = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const sorted = boot.subarray(i * b, (i + 1) * b).sort();
    const values = Array.from(sorted);
    lower[i] = quantileSorted(values, alpha);
    upper[i] = quantileSorted(values, 1 - alpha);
  }
  return {lower, upper};
}
