import {createRandom} from "../random/createRandom.js";
import {checkInitialPoint} from "./checkInitialPoint.js";
import {nelderMead, type Bounds, type NelderMeadOptions} from "./nelderMead.js";

/** Options of {@link minimizeWithConstraints}. */
export interface ConstrainedOptions {
  /** Extra starting point tried first (e.g. the current policy), within the bounds. */
  readonly initial?: ArrayLike<number>;
  /** Seed of the random starting points, integer in [0, 2^32 − 1]; default 1. */
  readonly seed?: number;
  /** Number of random starting points besides the centre and corners, integer >= 0; default 2. */
  readonly starts?: number;
  /** Use the 2^n box corners as starting points when n <= maxCornerDimensions, integer >= 0; default 3. */
  readonly maxCornerDimensions?: number;
  /** Initial penalty weight μ, finite > 0; default 1. */
  readonly penalty?: number;
  /** Factor by which μ grows while the best point is infeasible, finite > 1; default 10. */
  readonly penaltyGrowth?: number;
  /** Maximum number of penalty weights tried, integer >= 1; default 10 (μ up to 1e9 by default). */
  readonly penaltySteps?: number;
  /** A point is feasible when every g_j(x) <= feasibilityTolerance, finite >= 0; default 1e-8. */
  readonly feasibilityTolerance?: number;
  /** Options passed to each `nelderMead` run (its `initial` is set here). */
  readonly nelderMead?: Omit<NelderMeadOptions, "initial">;
}

/** Result of {@link minimizeWithConstraints}. */
export interface ConstrainedResult {
  /** Best feasible point found, or if none, the point with the smallest maximum violation. */
  readonly x: Float64Array;
  /** f(x) (the objective, not the penalised value). */
  readonly value: number;
  /** True if max_j g_j(x) <= feasibilityTolerance. */
  readonly feasible: boolean;
  /** max(0, max_j g_j(x)); +Infinity if a constraint returned a non-finite value. */
  readonly maxViolation: number;
  /** g_j(x) for each constraint (negative = slack). */
  readonly constraintValues: Float64Array;
  /** Evaluations of f (each also evaluates every constraint). */
  readonly evaluations: number;
  /** Last penalty weight used. */
  readonly penalty: number;
}

/**
 * **Constrained minimisation by [exact penalty](https://en.wikipedia.org/wiki/Penalty_method)**
 * (goal seek): minimise f(x) subject to g_j(x) <= 0 and x in a finite box.
 *
 * Minimises P(x) = f(x) + μ · Σ_j max(0, g_j(x)) with `nelderMead` (box by
 * projection). This ℓ1 penalty is exact: once μ exceeds the largest Lagrange
 * multiplier, minimisers of P are minimisers of the constrained problem
 * (Nocedal & Wright, Numerical Optimization, 2nd ed., Thm 17.3), unlike the
 * quadratic penalty which is only feasible as μ → ∞. Its kinks are harmless
 * for a derivative-free method. Stage 1 runs Nelder–Mead from several
 * starting points (options.initial, the box centre, the 2^n corners for small
 * n, and `starts` seeded random points) and keeps the best P; while the
 * best point is infeasible, μ is multiplied by `penaltyGrowth` and
 * Nelder–Mead restarts from it.
 *
 * Every evaluated point is tracked: the result is the feasible point with the
 * lowest f ever evaluated, or, if none was feasible, the point with the
 * smallest maximum violation (ties: lower f), so infeasible problems report
 * how close they can get. Scale constraints so that violations are
 * comparable in size, and choose `penalty` near |Δf| per unit violation.
 * Non-finite f or g_j count as infeasible. Deterministic given `seed`.
 *
 * Cost: (1 + corners + starts + penaltySteps − 1) Nelder–Mead runs at most;
 * each evaluation calls f once and every g_j once (memoise inside f and g_j if
 * they share an expensive simulation). `f`/`g_j` receive a reused
 * Float64Array: they must not keep or modify it.
 *
 * @param {(x: Float64Array) => number} f objective to minimise
 * @param {ReadonlyArray<(x: Float64Array) => number>} constraints functions g_j, feasible when g_j(x) <= 0
 * @param {Bounds} bounds finite box, lower[d] < upper[d]
 * @param {ConstrainedOptions} [options] see {@link ConstrainedOptions}
 * @returns {ConstrainedResult} best point, f value, feasibility, violations, counts
 * @throws {RangeError} if a bound is not finite or lower[d] >= upper[d], or lengths differ
 * @throws {RangeError} if an option is out of its documented range (names the option)
 * @throws {TypeError} if a constraint is not a function
 * @example
 * // minimise x + y subject to x + 2y >= 4, 0 <= x, y <= 10
 * const r = minimizeWithConstraints((x) => x[0] + x[1], [(x) => 4 - x[0] - 2 * x[1]],
 *   {lower: [0, 0], upper: [10, 10]});
 * // r.x ≈ [0, 2], r.value ≈ 2, r.feasible === true
 */
export function minimizeWithConstraints(f: (x: Float64Array) => number, constraints: ReadonlyArray<(x: Float64Array) => number>, bounds: Bounds, options: ConstrainedOptions = {}): ConstrainedResult {
  const {lower, upper} = bounds;
  const n = lower.length;
  if (n < 1) throw new RangeError("minimizeWithConstraints: bounds.lower must have length >= 1, got 0");
  if (upper.length !== n) {
    throw new RangeError(`minimizeWithConstraints: bounds.upper must have length ${n} (bounds.lower.length), got ${upper.length}`);
  }
  for (let d = 0; d < n; d++) {
    const lo = lower[d]!;
    const hi = upper[d]!;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      throw new RangeError(`minimizeWithConstraints: bounds must be finite with lower[${d}] < upper[${d}], got ${lo} and ${hi}`);
    }
  }
  constraints.forEach((g, j) => {
    if (typeof g !== "function") {
      throw new TypeError(`minimizeWithConstraints: constraints[${j}] must be a function, got ${typeof g}`);
    }
  });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`minimizeWithConstraints: options.seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  const starts = options.starts ?? 2;
  if (!Number.isInteger(starts) || starts < 0) {
    throw new RangeError(`minimizeWithConstraints: options.starts must be an integer >= 0, got ${starts}`);
  }
  const maxCornerDimensions = options.maxCornerDimensions ?? 3;
  if (!Number.isInteger(maxCornerDimensions) || maxCornerDimensions < 0) {
    throw new RangeError(`minimizeWithConstraints: options.maxCornerDimensions must be an integer >= 0, got ${maxCornerDimensions}`);
  }
  let mu = options.penalty ?? 1;
  if (!(Number.isFinite(mu) && mu > 0)) {
    throw new RangeError(`minimizeWithConstraints: options.penalty must be a finite number > 0, got ${mu}`);
  }
  const growth = options.penaltyGrowth ?? 10;
  if (!(Number.isFinite(growth) && growth > 1)) {
    throw new RangeError(`minimizeWithConstraints: options.penaltyGrowth must be a finite number > 1, got ${growth}`);
  }
  const penaltySteps = options.penaltySteps ?? 10;
  if (!Number.isInteger(penaltySteps) || penaltySteps < 1) {
    throw new RangeError(`minimizeWithConstraints: options.penaltySteps must be an integer >= 1, got ${penaltySteps}`);
  }
  const feasibilityTolerance = options.feasibilityTolerance ?? 1e-8;
  if (!(Number.isFinite(feasibilityTolerance) && feasibilityTolerance >= 0)) {
    throw new RangeError(`minimizeWithConstraints: options.feasibilityTolerance must be a finite number >= 0, got ${feasibilityTolerance}`);
  }
  if (options.initial !== undefined) checkInitialPoint("minimizeWithConstraints", options.initial, lower, upper);

  // Tracking of the best feasible and least-violating points ever evaluated.
  const bestFeasibleX = new Float64Array(n);
  let bestFeasibleF = Infinity;
  let haveFeasible = false;
  const leastViolationX = new Float64Array(n);
  let leastViolation = Infinity;
  let leastViolationF = Infinity;
  let haveAny = false;
  let evaluations = 0;

  const penalised = (x: Float64Array): number => {
    evaluations++;
    const raw = f(x);
    const fx = Number.isFinite(raw) ? raw : Infinity;
    let sum = 0;
    let worst = 0;
    for (let j = 0; j < constraints.length; j++) {
      const g = constraints[j]!(x);
      const v = Number.isNaN(g) ? Infinity : g > 0 ? g : 0;
      sum += v;
      if (v > worst) worst = v;
    }
    if (worst <= feasibilityTolerance) {
      if (fx < bestFeasibleF || !haveFeasible) {
        haveFeasible = true;
        bestFeasibleF = fx;
        bestFeasibleX.set(x);
      }
    } else if (!haveAny || worst < leastViolation || (worst === leastViolation && fx < leastViolationF)) {
      leastViolation = worst;
      leastViolationF = fx;
      leastViolationX.set(x);
    }
    haveAny = true;
    return fx + mu * sum;
  };

  // Starting points: initial, centre, corners (small n), seeded random points.
  const startPoints: Float64Array[] = [];
  if (options.initial !== undefined) startPoints.push(Float64Array.from(options.initial));
  const centre = new Float64Array(n);
  for (let d = 0; d < n; d++) centre[d] = 0.5 * (lower[d]! + upper[d]!);
  startPoints.push(centre);
  if (n <= maxCornerDimensions) {
    for (let mask = 0; mask < 1 << n; mask++) {
      const corner = new Float64Array(n);
      for (let d = 0; d < n; d++) corner[d] = (mask >> d) & 1 ? upper[d]! : lower[d]!;
      startPoints.push(corner);
    }
  }
  const random = createRandom(seed);
  for (let s = 0; s < starts; s++) {
    const p = new Float64Array(n);
    for (let d = 0; d < n; d++) p[d] = lower[d]! + random() * (upper[d]! - lower[d]!);
    startPoints.push(p);
  }

  const nmOptions = options.nelderMead ?? {};
  let current = startPoints[0]!;
  let currentValue = Infinity;
  for (const start of startPoints) {
    const r = nelderMead(penalised, bounds, {...nmOptions, initial: start});
    if (r.value < currentValue || currentValue === Infinity) {
      currentValue = r.value;
      current = r.x;
    }
  }
  for (let stage = 1; stage < penaltySteps; stage++) {
    if (isFeasible(current)) break;
    mu *= growth;
    current = nelderMead(penalised, bounds, {...nmOptions, initial: current}).x;
  }

  const x = haveFeasible ? bestFeasibleX : leastViolationX;
  const constraintValues = new Float64Array(constraints.length);
  let maxViolation = 0;
  for (let j = 0; j < constraints.length; j++) {
    const g = constraints[j]!(x);
    constraintValues[j] = g;
    const v = Number.isNaN(g) ? Infinity : g > 0 ? g : 0;
    if (v > maxViolation) maxViolation = v;
  }
  const raw = f(x);
  return {
    x,
    value: Number.isFinite(raw) ? raw : Infinity,
    feasible: maxViolation <= feasibilityTolerance,
    maxViolation,
    constraintValues,
    evaluations: evaluations + 1,
    penalty: mu
  };

  function isFeasible(p: Float64Array): boolean {
    for (let j = 0; j < constraints.length; j++) {
      const g = constraints[j]!(p);
      if (!(g <= feasibilityTolerance)) return false;
    }
    return true;
  }
}
