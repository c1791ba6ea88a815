import type {TargetSpec} from "../declarations.js";
import {scoreTarget} from "./scoreTarget.js";

/** How {@link filterSamples} judges samples against the targets. */
export interface SampleFilterOptions {
  /**
   * "rejection" keeps a sample when every target is within `k` tolerances (lower bounds: no
   * shortfall beyond k tolerances) and weighs the kept ones equally; "importance" weighs every
   * sample by exp(−loss / (2k²)), the Gaussian likelihood the calibration loss implies with each
   * tolerance, times k, read as one standard deviation.
   */
  method: "rejection" | "importance";
  /** Tolerances a target may miss by (rejection) or the likelihood's width in tolerances (importance); finite > 0. Default 1. */
  k?: number;
  /**
   * Widen k until at least this many samples are kept (rejection) or the effective sample size
   * reaches it (importance): the adaptive tolerance of sequential ABC (Del Moral, Doucet & Jasra
   * 2012, https://doi.org/10.1007/s11222-011-9271-y). Integer in [1, runs]; default none (k fixed).
   */
  minKept?: number;
}

/** Which samples are consistent with the targets, and their weights. */
export interface SampleFilter {
  /** Indices of the samples with a weight above 0, ascending. */
  kept: Int32Array;
  /** One weight per sample, summing to 1 over the kept ones (0 for the others); all 0 when none is kept. */
  weights: Float64Array;
  /** Kish's effective sample size (Σw)² / Σw²: the number kept for rejection, fewer when weights are uneven. */
  effectiveSampleSize: number;
  /** The k used (the one asked for, or the smallest that met minKept, to 3 significant digits). */
  k: number;
  /** Each sample's calibration loss at k = 1 (+Infinity when a target value is not finite). */
  losses: Float64Array;
  /** Each sample's largest |misfit| in tolerances: the k at which rejection starts to keep it. */
  worst: Float64Array;
}

/**
 * **Filters Monte Carlo samples by the calibration targets**: rejection, as in approximate
 * Bayesian computation (Beaumont, Zhang & Balding 2002, https://doi.org/10.1093/genetics/162.4.2025),
 * or importance weighting, so that uncertainty bands drawn from the kept samples pass through the
 * seed figures. Misfits and losses are those of scoreTarget. With `minKept`, k is the smallest
 * value (to 3 significant digits) keeping that many samples: drawn from wide priors, few samples
 * meet tight tolerances, and a fixed k may keep none.
 *
 * Cost: O(runs · targets), plus O(runs · log runs) for rejection with minKept and O(runs) per
 * bisection step (about 40) for importance with minKept.
 *
 * @param values target values, column-major runs × targets: run r of target j at `j * runs + r`
 *   (the layout of the Monte Carlo batches)
 * @param runs number of samples, integer >= 1
 * @param figures the seed figure of each target, in the order of `targets`
 * @param targets the targets (tolerance, weight, comparison)
 * @param options method, k, minKept
 * @returns kept indices, normalised weights, effective sample size, k used, losses
 * @throws RangeError if runs is not an integer >= 1, the lengths disagree, k is not finite > 0,
 *   minKept is not an integer in [1, runs], or the method is unknown
 * @example
 * filterSamples(Float64Array.of(5, 9), 2, [5], [{fact: "market-2023", output: "market_bn_rmb", year: 2023, tolerance: 0.05, weight: 1}],
 *   {method: "rejection", k: 2}).kept // => Int32Array [0]
 */
export function filterSamples(values: ArrayLike<number>, runs: number, figures: readonly number[], targets: readonly TargetSpec[], options: SampleFilterOptions): SampleFilter {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`filterSamples: runs must be an integer >= 1, got ${runs}`);
  if (figures.length !== targets.length) throw new RangeError(`filterSamples: figures must have one value per target (${targets.length}), got ${figures.length}`);
  if (values.length !== runs * targets.length) throw new RangeError(`filterSamples: values must hold runs × targets = ${runs * targets.length} numbers, got ${values.length}`);
  const asked = options.k ?? 1;
  if (!(Number.isFinite(asked) && asked > 0)) throw new RangeError(`filterSamples: k must be a finite number > 0, got ${asked}`);
  const {minKept} = options;
  if (minKept !== undefined && !(Number.isInteger(minKept) && minKept >= 1 && minKept <= runs)) {
    throw new RangeError(`filterSamples: minKept must be an integer between 1 and runs (${runs}), got ${minKept}`);
  }
  if (options.method !== "rejection" && options.method !== "importance") {
    throw new RangeError(`filterSamples: method must be "rejection" or "importance", got "${options.method}"`);
  }
  const losses = new Float64Array(runs);
  const worst = new Float64Array(runs);
  for (let j = 0; j < targets.length; j++) {
    for (let r = 0; r < runs; r++) {
      const value = values[j * runs + r];
      if (!Number.isFinite(value)) {
        losses[r] = Infinity;
        worst[r] = Infinity;
        continue;
      }
      const score = scoreTarget(value, figures[j], targets[j]);
      losses[r] += score.loss;
      worst[r] = Math.max(worst[r], Math.abs(score.standardized));
    }
  }
  const weightsAt = (k: number) => {
    const weights = new Float64Array(runs);
    if (options.method === "rejection") {
      for (let r = 0; r < runs; r++) weights[r] = worst[r] <= k ? 1 : 0;
    } else {
      // Shift by the smallest loss so the best sample weighs exp(0) and none underflows needlessly.
      let smallest = Infinity;
      for (let r = 0; r < runs; r++) if (losses[r] < smallest) smallest = losses[r];
      for (let r = 0; r < runs; r++) weights[r] = Number.isFinite(losses[r]) ? Math.exp(-(losses[r] - smallest) / (2 * k * k)) : 0;
    }
    return normalise(weights);
  };
  let k = asked;
  let result = weightsAt(k);
  if (minKept !== undefined && (options.method === "rejection" ? result.kept.length : result.effectiveSampleSize) < minKept) {
    if (options.method === "rejection") {
      // The minKept-th smallest worst misfit keeps exactly enough samples (ties keep more).
      const sorted = Float64Array.from(worst).sort();
      k = roundUp(sorted[minKept - 1]);
    } else {
      // The effective sample size grows with k: bisect on log k for the smallest k reaching minKept.
      let low = Math.log(k);
      let high = low;
      while (weightsAt(Math.exp(high)).effectiveSampleSize < minKept && high < low + 50) high += 1;
      for (let step = 0; step < 40; step++) {
        const middle = (low + high) / 2;
        if (weightsAt(Math.exp(middle)).effectiveSampleSize >= minKept) high = middle;
        else low = middle;
      }
      k = roundUp(Math.exp(high));
    }
    result = weightsAt(k);
  }
  return {...result, k, losses, worst};
}

function normalise(weights: Float64Array) {
  let total = 0;
  for (const w of weights) total += w;
  let squares = 0;
  const kept: number[] = [];
  for (let r = 0; r < weights.length; r++) {
    if (weights[r] === 0) continue;
    weights[r] /= total;
    squares += weights[r] ** 2;
    kept.push(r);
  }
  return {kept: Int32Array.from(kept), weights, effectiveSampleSize: kept.length === 0 ? 0 : 1 / squares};
}

/** Rounds up to 3 significant digits, so the k reported keeps at least the samples it was chosen for. */
function roundUp(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return x;
  const scale = 10 ** (Math.floor(Math.log10(x)) - 2);
  const rounded = Number((Math.ceil(x / scale) * scale).toPrecision(3));
  return rounded >= x ? rounded : x;
}
