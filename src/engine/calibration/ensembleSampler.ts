import {createRandom} from "../random/createRandom.js";

/** Options of {@link ensembleSampler}. */
export interface EnsembleOptions {
  /** Steps every walker takes after the initial positions, integer >= 1. */
  steps: number;
  /** Seed of the moves, integer in [0, 4294967295]: same seed and start, same chain, bit for bit. */
  seed: number;
  /** Steps taken before any is recorded (burn-in), integer in [0, steps); default 0. */
  burn?: number;
  /** Record every thin-th step after burn-in, integer >= 1; default 1. */
  thin?: number;
  /** Stretch scale a > 1 of the proposal z ~ g(z) ∝ 1/√z on [1/a, a]; default 2, as Goodman & Weare and emcee. */
  stretch?: number;
  /** Share of moves that are differential-evolution moves instead of stretch moves, in [0, 1); default 0. */
  differential?: number;
  /** Called after each step with the number done and the total. */
  onStep?: (done: number, steps: number) => void;
}

/** What {@link ensembleSampler} recorded. */
export interface EnsembleChain {
  readonly walkers: number;
  readonly dimension: number;
  /** Recorded steps: ⌊(steps − burn) / thin⌋. */
  readonly recorded: number;
  /** Positions, step-major: recorded step s, walker k, coordinate d at (s · walkers + k) · dimension + d. */
  readonly positions: Float64Array;
  /** Log density of each recorded position: s · walkers + k. */
  readonly logDensity: Float64Array;
  /** Accepted proposals of each walker over all steps (burn-in included). */
  readonly accepted: Float64Array;
  readonly steps: number;
  /** Calls of the log density, the initial positions included. */
  readonly evaluations: number;
}

/**
 * **Affine-invariant ensemble sampler** (Goodman & Weare 2010, "Ensemble samplers with affine
 * invariance", Comm. App. Math. Comp. Sci. 5(1):65–80, https://doi.org/10.2140/camcos.2010.5.65;
 * the "stretch move" of emcee, Foreman-Mackey et al. 2013, https://doi.org/10.1086/670067).
 *
 * Each step moves every walker k in turn: another walker j is drawn from the current ensemble,
 * z from g(z) ∝ 1/√z on [1/a, a], and the proposal Y = X_j + z (X_k − X_j) is accepted with
 * probability min(1, z^(n−1) · p(Y) / p(X_k)). The move is unchanged by any affine map of the
 * space, so a posterior with correlated or badly scaled parameters samples as well as a round
 * one; it needs no tuning but the number of walkers (at least 2n, more for curved posteriors).
 * Walkers must start at distinct points of finite density that do not lie in a hyperplane.
 *
 * A share of the moves (`differential`) may instead be differential-evolution moves (ter Braak
 * 2006, "A Markov chain Monte Carlo version of the genetic algorithm Differential Evolution",
 * Stat. Comput. 16:239–249, https://doi.org/10.1007/s11222-006-8769-1; emcee's DEMove):
 * Y = X_k + γ (X_j − X_l) with two other walkers j ≠ l, γ = 2.38/√(2n), or 1 one time in ten to
 * jump between modes; the proposal is symmetric, so it is accepted with probability
 * min(1, p(Y)/p(X_k)). The stretch move's efficiency falls as the dimension grows; mixing in
 * differential moves helps in tens of dimensions.
 *
 * Cost: walkers × steps calls of logDensity; memory 8 · recorded · walkers · (dimension + 1) bytes.
 *
 * @param logDensity log of the target density up to a constant; −Infinity (or NaN) outside its support.
 *   It may keep its argument only for the duration of the call (a scratch array is reused).
 * @param initial starting positions, walker-major: walker k, coordinate d at k · dimension + d
 * @param walkers number of walkers, integer >= 2 · dimension (and >= 3)
 * @param options steps, seed, burn, thin, stretch, onStep
 * @returns the recorded positions and log densities, and acceptance counts
 * @throws RangeError for a bad count, seed, stretch, burn or thin, or a start of non-finite density (names the walker)
 * @example ensembleSampler((x) => -0.5 * (x[0] ** 2 + x[1] ** 2), startingPoints, 8, {steps: 2000, seed: 1})
 */
export function ensembleSampler(logDensity: (x: Float64Array) => number, initial: Float64Array, walkers: number, options: EnsembleOptions): EnsembleChain {
  const {steps, seed} = options;
  const burn = options.burn ?? 0;
  const thin = options.thin ?? 1;
  const a = options.stretch ?? 2;
  if (!Number.isInteger(walkers) || walkers < 3 || initial.length % walkers !== 0) {
    throw new RangeError(`ensembleSampler: walkers must be an integer >= 3 dividing the ${initial.length} initial coordinates, got ${walkers}`);
  }
  const n = initial.length / walkers;
  if (n < 1 || walkers < 2 * n) throw new RangeError(`ensembleSampler: walkers must be at least twice the dimension (${n}), got ${walkers}`);
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`ensembleSampler: steps must be an integer >= 1, got ${steps}`);
  if (!Number.isInteger(burn) || burn < 0 || burn >= steps) throw new RangeError(`ensembleSampler: burn must be an integer in [0, ${steps}), got ${burn}`);
  if (!Number.isInteger(thin) || thin < 1) throw new RangeError(`ensembleSampler: thin must be an integer >= 1, got ${thin}`);
  if (!(a > 1 && Number.isFinite(a))) throw new RangeError(`ensembleSampler: stretch must be a finite number > 1, got ${a}`);
  const differential = options.differential ?? 0;
  if (!(differential >= 0 && differential < 1)) throw new RangeError(`ensembleSampler: differential must be a share in [0, 1), got ${differential}`);
  const gamma = 2.38 / Math.sqrt((2 * initial.length) / walkers);
  const random = createRandom(seed);
  const x = Float64Array.from(initial);
  const lp = new Float64Array(walkers);
  const proposal = new Float64Array(n);
  for (let k = 0; k < walkers; k++) {
    lp[k] = logDensity(x.subarray(k * n, (k + 1) * n));
    if (!(lp[k] > -Infinity)) throw new RangeError(`ensembleSampler: walker ${k} starts where the log density is ${lp[k]}; start every walker inside the support`);
  }
  const recorded = Math.floor((steps - burn) / thin);
  const positions = new Float64Array(recorded * walkers * n);
  const densities = new Float64Array(recorded * walkers);
  const accepted = new Float64Array(walkers);
  let evaluations = walkers;
  for (let step = 0; step < steps; step++) {
    for (let k = 0; k < walkers; k++) {
      // j uniform over the other walkers.
      let j = Math.floor(random() * (walkers - 1));
      if (j >= k) j++;
      const xk = k * n;
      const xj = j * n;
      // The log of the proposal's Jacobian factor: (n − 1) ln z for a stretch, 0 for a differential move.
      let jacobian = 0;
      if (differential > 0 && random() < differential) {
        // l uniform over the walkers other than k and j.
        let l = Math.floor(random() * (walkers - 2));
        if (l >= Math.min(k, j)) l++;
        if (l >= Math.max(k, j)) l++;
        const g = random() < 0.1 ? 1 : gamma;
        const xl = l * n;
        for (let d = 0; d < n; d++) proposal[d] = x[xk + d] + g * (x[xj + d] - x[xl + d]);
      } else {
        // Inverse transform of g: z = ((a − 1)u + 1)² / a.
        const z = ((a - 1) * random() + 1) ** 2 / a;
        for (let d = 0; d < n; d++) proposal[d] = x[xj + d] + z * (x[xk + d] - x[xj + d]);
        jacobian = (n - 1) * Math.log(z);
      }
      const candidate = logDensity(proposal);
      evaluations++;
      if (candidate > -Infinity && jacobian + candidate - lp[k] > Math.log(random())) {
        x.set(proposal, xk);
        lp[k] = candidate;
        accepted[k]++;
      }
    }
    const kept = step - burn;
    if (kept >= 0 && (kept + 1) % thin === 0 && kept < recorded * thin) {
      const s = (kept + 1) / thin - 1;
      positions.set(x, s * walkers * n);
      densities.set(lp, s * walkers);
    }
    options.onStep?.(step + 1, steps);
  }
  return {walkers, dimension: n, recorded, positions, logDensity: densities, accepted, steps, evaluations};
}
