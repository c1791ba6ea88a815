import {checkInitialPoint} from "./checkInitialPoint.js";

/** Box bounds: lower[d] < upper[d]; ±Infinity allowed (then pass `initial`). */
export interface Bounds {
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
}

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Starting point within the bounds; default: the centre of the box (required if a bound is infinite). */
  readonly initial?: ArrayLike<number>;
  /**
   * Initial simplex edge length, one number for all dimensions or one per
   * dimension, each > 0; default 10% of the box width (10% of max(1, |initial|)
   * along infinite dimensions).
   */
  readonly step?: number | ArrayLike<number>;
  /** Iteration budget over all runs (restarts included), integer >= 1; default 1000·n. */
  readonly maxIterations?: number;
  /** Function-evaluation budget, integer >= n + 1 or Infinity; default Infinity. */
  readonly maxEvaluations?: number;
  /** Stop when max f − min f over the simplex <= tolerance · max(1, |f best|); >= 0, default 1e-10. */
  readonly tolerance?: number;
  /**
   * ...and every vertex is within xTolerance of the best vertex in every
   * coordinate, measured in box widths (in max(1, |x|) along infinite
   * dimensions); >= 0, default 1e-8.
   */
  readonly xTolerance?: number;
  /** Maximum number of restarts (fresh simplex around the best point), integer >= 0; default 3. */
  readonly restarts?: number;
  /** Gao & Han (2012) dimension-dependent coefficients (n >= 2); false = standard 1, 2, 0.5, 0.5. Default true. */
  readonly adaptive?: boolean;
}

/** Result of {@link nelderMead}. */
export interface NelderMeadResult {
  /** Best point found (within the bounds). */
  readonly x: Float64Array;
  /** f(x); +Infinity if f never returned a finite value. */
  readonly value: number;
  /** Iterations performed, over all runs. */
  readonly iterations: number;
  /** Evaluations of f. */
  readonly evaluations: number;
  /** Restarts performed. */
  readonly restarts: number;
  /** True if the last run met both tolerances with a finite value (false: budget exhausted). */
  readonly converged: boolean;
}

/**
 * **[Nelder–Mead](https://en.wikipedia.org/wiki/Nelder%E2%80%93Mead_method)**
 * derivative-free minimisation of f over a box [lower, upper], following
 * Lagarias, Reeds, Wright & Wright 1998 ("Convergence properties of the
 * Nelder–Mead simplex method in low dimensions", SIAM J. Optim. 9,
 * https://doi.org/10.1137/S1052623496303470) with the adaptive coefficients
 * of Gao & Han 2012 (reflection 1, expansion 1 + 2/n, contraction
 * 0.75 − 1/(2n), shrink 1 − 1/n; Comput. Optim. Appl. 51,
 * https://doi.org/10.1007/s10589-010-9329-3), which keep the method effective
 * beyond n ≈ 10.
 *
 * Bounds are handled by **projection**: every trial point is clamped onto the
 * box before f is evaluated. Unlike a transformation to unconstrained space
 * (e.g. x = l + (u − l)·sin²(t)), projection keeps the simplex geometry
 * undistorted, never evaluates f outside the box, and reaches optima that lie
 * exactly on a bound (a transform only approaches them asymptotically).
 * Its drawback, a simplex collapsing onto a face of the box, is repaired by
 * the restarts: after convergence a fresh simplex is built around the best
 * point, and runs repeat until one fails to improve the value by more than
 * the tolerance (Lagarias et al. and Gao & Han also recommend restarts to
 * guard against false convergence).
 *
 * Non-finite values of f (NaN, ±Infinity) are treated as +Infinity, i.e.
 * infeasible, so f may signal "outside the model's domain" by returning NaN.
 * `f` receives a reused Float64Array: it must not keep or modify it.
 * Deterministic: no randomness.
 *
 * Cost: n + 1 evaluations to build each simplex, then typically 1–2
 * evaluations per iteration (n for a shrink); O(n²) arithmetic per
 * iteration; allocates O(n²) once.
 *
 * @param {(x: Float64Array) => number} f objective
 * @param {Bounds} bounds lower and upper, same length n >= 1, lower[d] < upper[d]
 * @param {NelderMeadOptions} [options] see {@link NelderMeadOptions}
 * @returns {NelderMeadResult} best point, value, counts, convergence flag
 * @throws {RangeError} if lower is empty or upper has a different length
 * @throws {RangeError} if a bound is NaN or lower[d] >= upper[d]
 * @throws {RangeError} if initial has the wrong length or a value outside [lower[d], upper[d]]
 * @throws {RangeError} if initial is missing while a bound is infinite
 * @throws {RangeError} if step, maxIterations, maxEvaluations, tolerance, xTolerance or restarts is out of range
 * @example
 * const r = nelderMead((x) => (x[0] - 3) ** 2, {lower: [0], upper: [2]});
 * r.x; // => Float64Array [2]   (optimum on the bound)
 * r.value; // => 1
 */
export function nelderMead(f: (x: Float64Array) => number, bounds: Bounds, options: NelderMeadOptions = {}): NelderMeadResult {
  const {lower, upper} = bounds;
  const n = lower.length;
  if (n < 1) throw new RangeError("nelderMead: bounds.lower must have length >= 1, got 0");
  if (upper.length !== n) {
    throw new RangeError(`nelderMead: bounds.upper must have length ${n} (bounds.lower.length), got ${upper.length}`);
  }
  let finiteBox = true;
  for (let d = 0; d < n; d++) {
    const lo = lower[d]!;
    const hi = upper[d]!;
    if (Number.isNaN(lo) || Number.isNaN(hi) || !(lo < hi) || lo === Infinity || hi === -Infinity) {
      throw new RangeError(`nelderMead: bounds.lower[${d}] must be < bounds.upper[${d}], got ${lo} and ${hi}`);
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) finiteBox = false;
  }

  const x0 = new Float64Array(n);
  if (options.initial !== undefined) {
    checkInitialPoint("nelderMead", options.initial, lower, upper);
    for (let d = 0; d < n; d++) x0[d] = options.initial[d]!;
  } else {
    if (!finiteBox) {
      throw new RangeError("nelderMead: options.initial is required when a bound is infinite, got undefined");
    }
    for (let d = 0; d < n; d++) x0[d] = 0.5 * (lower[d]! + upper[d]!);
  }

  // Per-dimension scale: box width, or max(1, |x0|) along infinite dimensions.
  const scale = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const w = upper[d]! - lower[d]!;
    scale[d] = Number.isFinite(w) ? w : Math.max(1, Math.abs(x0[d]!));
  }
  const steps = new Float64Array(n);
  const step = options.step;
  if (step === undefined) {
    for (let d = 0; d < n; d++) steps[d] = 0.1 * scale[d]!;
  } else if (typeof step === "number") {
    if (!(Number.isFinite(step) && step > 0)) {
      throw new RangeError(`nelderMead: options.step must be a finite number > 0, got ${step}`);
    }
    steps.fill(step);
  } else {
    if (step.length !== n) throw new RangeError(`nelderMead: options.step must have length ${n}, got ${step.length}`);
    for (let d = 0; d < n; d++) {
      const s = step[d]!;
      if (!(Number.isFinite(s) && s > 0)) {
        throw new RangeError(`nelderMead: options.step[${d}] must be a finite number > 0, got ${s}`);
      }
      steps[d] = s;
    }
  }
  const maxIterations = options.maxIterations ?? 1000 * n;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(`nelderMead: options.maxIterations must be an integer >= 1, got ${maxIterations}`);
  }
  const maxEvaluations = options.maxEvaluations ?? Infinity;
  if (!(maxEvaluations === Infinity || (Number.isInteger(maxEvaluations) && maxEvaluations >= n + 1))) {
    throw new RangeError(`nelderMead: options.maxEvaluations must be an integer >= ${n + 1} (n + 1) or Infinity, got ${maxEvaluations}`);
  }
  const tolerance = options.tolerance ?? 1e-10;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(`nelderMead: options.tolerance must be a finite number >= 0, got ${tolerance}`);
  }
  const xTolerance = options.xTolerance ?? 1e-8;
  if (!(Number.isFinite(xTolerance) && xTolerance >= 0)) {
    throw new RangeError(`nelderMead: options.xTolerance must be a finite number >= 0, got ${xTolerance}`);
  }
  const maxRestarts = options.restarts ?? 3;
  if (!Number.isInteger(maxRestarts) || maxRestarts < 0) {
    throw new RangeError(`nelderMead: options.restarts must be an integer >= 0, got ${maxRestarts}`);
  }
  const adaptive = (options.adaptive ?? true) && n >= 2;
  const alpha = 1;
  const beta = adaptive ? 1 + 2 / n : 2; // expansion
  const gamma = adaptive ? 0.75 - 1 / (2 * n) : 0.5; // contraction
  const delta = adaptive ? 1 - 1 / n : 0.5; // shrink

  const m = n + 1;
  const simplex = new Float64Array(m * n); // vertex v at v*n
  const values = new Float64Array(m);
  const order = new Int32Array(m); // vertex indices sorted by value
  const centroid = new Float64Array(n);
  const xr = new Float64Array(n);
  const xe = new Float64Array(n);
  const xc = new Float64Array(n);
  const best = Float64Array.from(x0);
  let evaluations = 0;
  let iterations = 0;

  const project = (p: Float64Array): void => {
    for (let d = 0; d < n; d++) {
      const v = p[d]!;
      p[d] = v < lower[d]! ? lower[d]! : v > upper[d]! ? upper[d]! : v;
    }
  };
  const evaluate = (p: Float64Array): number => {
    evaluations++;
    const v = f(p);
    return Number.isFinite(v) ? v : Infinity;
  };
  const copyVertex = (v: number, p: Float64Array): void => {
    simplex.set(p, v * n);
  };

  let bestValue = evaluate(best);
  let restarts = 0;
  let converged = false;

  for (;;) {
    // Fresh simplex around `best`: vertex 0 = best, vertex d+1 moves coordinate d
    // by its step, towards the side of the box with more room if the step does
    // not fit.
    copyVertex(0, best);
    values[0] = bestValue;
    for (let d = 0; d < n; d++) {
      const v = d + 1;
      simplex.set(best, v * n);
      const x = best[d]!;
      const up = upper[d]! - x;
      const down = x - lower[d]!;
      const s = steps[d]!;
      simplex[v * n + d] = s <= up ? x + s : up >= down ? upper[d]! : s <= down ? x - s : lower[d]!;
      for (let e = 0; e < n; e++) xr[e] = simplex[v * n + e]!;
      values[v] = evaluate(xr);
    }
    for (let v = 0; v < m; v++) order[v] = v;
    const runStart = bestValue;
    let runConverged = false;

    // An iteration costs at most n + 2 evaluations (reflection, contraction, shrink).
    while (iterations < maxIterations && evaluations + n + 2 <= maxEvaluations) {
      // Sort vertex indices by value (insertion sort: nearly sorted already).
      for (let a = 1; a < m; a++) {
        const idx = order[a]!;
        const val = values[idx]!;
        let b = a - 1;
        while (b >= 0 && values[order[b]!]! > val) {
          order[b + 1] = order[b]!;
          b--;
        }
        order[b + 1] = idx;
      }
      const iBest = order[0]!;
      const iWorst = order[n]!;
      const iSecond = order[n - 1]!;
      const fBest = values[iBest]!;
      const fWorst = values[iWorst]!;
      const fSecond = values[iSecond]!;

      // Convergence: f spread and simplex size (both relative).
      let size = 0;
      for (let v = 0; v < m; v++) {
        if (v === iBest) continue;
        for (let d = 0; d < n; d++) {
          const dist = Math.abs(simplex[v * n + d]! - simplex[iBest * n + d]!) / scale[d]!;
          if (dist > size) size = dist;
        }
      }
      // An infeasible (+Infinity) vertex in a simplex already below xTolerance
      // cannot be improved meaningfully: stop there too.
      const spread = fWorst === fBest ? 0 : fWorst - fBest;
      if (size <= xTolerance && (spread <= tolerance * Math.max(1, Math.abs(fBest)) || fWorst === Infinity)) {
        runConverged = fBest < Infinity;
        break;
      }
      iterations++;

      // Centroid of all vertices but the worst.
      centroid.fill(0);
      for (let a = 0; a < n; a++) {
        const off = order[a]! * n;
        for (let d = 0; d < n; d++) centroid[d] += simplex[off + d]!;
      }
      for (let d = 0; d < n; d++) centroid[d] /= n;
      const worstOff = iWorst * n;

      for (let d = 0; d < n; d++) xr[d] = centroid[d]! + alpha * (centroid[d]! - simplex[worstOff + d]!);
      project(xr);
      const fr = evaluate(xr);
      if (fr < fBest) {
        for (let d = 0; d < n; d++) xe[d] = centroid[d]! + beta * (xr[d]! - centroid[d]!);
        project(xe);
        const fe = evaluate(xe);
        if (fe < fr) {
          copyVertex(iWorst, xe);
          values[iWorst] = fe;
        } else {
          copyVertex(iWorst, xr);
          values[iWorst] = fr;
        }
        continue;
      }
      if (fr < fSecond) {
        copyVertex(iWorst, xr);
        values[iWorst] = fr;
        continue;
      }
      if (fr < fWorst) {
        // Outside contraction.
        for (let d = 0; d < n; d++) xc[d] = centroid[d]! + gamma * (xr[d]! - centroid[d]!);
        project(xc);
        const fc = evaluate(xc);
        if (fc <= fr) {
          copyVertex(iWorst, xc);
          values[iWorst] = fc;
          continue;
        }
      } else {
        // Inside contraction.
        for (let d = 0; d < n; d++) xc[d] = centroid[d]! - gamma * (centroid[d]! - simplex[worstOff + d]!);
        project(xc);
        const fc = evaluate(xc);
        if (fc < fWorst) {
          copyVertex(iWorst, xc);
          values[iWorst] = fc;
          continue;
        }
      }
      // Shrink towards the best vertex (stays inside the box: convex).
      const bestOff = iBest * n;
      for (let v = 0; v < m; v++) {
        if (v === iBest) continue;
        const off = v * n;
        for (let d = 0; d < n; d++) {
          const value = simplex[bestOff + d]! + delta * (simplex[off + d]! - simplex[bestOff + d]!);
          simplex[off + d] = value;
          xr[d] = value;
        }
        values[v] = evaluate(xr);
      }
    }

    // Best vertex of this run.
    let iBest = 0;
    for (let v = 1; v < m; v++) if (values[v]! < values[iBest]!) iBest = v;
    if (values[iBest]! < bestValue) {
      bestValue = values[iBest]!;
      for (let d = 0; d < n; d++) best[d] = simplex[iBest * n + d]!;
    }
    converged = runConverged;
    if (!runConverged || restarts >= maxRestarts) break;
    // Restart unless this run (after the first) failed to improve.
    const improvement = runStart - bestValue;
    if (restarts > 0 && !(improvement > tolerance * Math.max(1, Math.abs(bestValue)))) break;
    if (iterations >= maxIterations || evaluations + 2 * n + 2 > maxEvaluations) break;
    restarts++;
  }

  return {x: best, value: bestValue, iterations, evaluations, restarts, converged};
}
