/**
 * **Split R-hat** (potential scale reduction) of each coordinate across the walkers of an ensemble
 * chain (Gelman et al. 2013, Bayesian Data Analysis, 3rd ed., §11.4): every walker's chain is cut
 * in two halves, giving m = 2 · walkers sequences of length n; with W the mean within-sequence
 * variance and B/n the variance of the sequence means, R̂ = √(((n − 1)/n · W + B/n) / W). Values
 * near 1 (below 1.01 to 1.05 by common rules) say the halves and the walkers agree; a walker
 * stuck apart or a trend over the chain raises it. Walkers of one ensemble are not independent,
 * so R̂ near 1 is necessary rather than sufficient: read it with the autocorrelation time.
 *
 * Cost: O(steps · walkers · dimension).
 *
 * @param positions step-major chain: step s, walker k, coordinate d at (s · walkers + k) · dimension + d
 * @param steps recorded steps, >= 4
 * @param walkers number of walkers, >= 1
 * @param dimension coordinates per position
 * @returns R̂ of each coordinate (NaN where every sequence is constant)
 * @throws RangeError if the sizes do not match the array or steps < 4
 * @example splitRhat(chain.positions, chain.recorded, chain.walkers, chain.dimension) // [1.002, 1.004]
 */
export function splitRhat(positions: Float64Array, steps: number, walkers: number, dimension: number): Float64Array {
  if (!(Number.isInteger(steps) && steps >= 4) || positions.length !== steps * walkers * dimension) {
    throw new RangeError(`splitRhat: positions must hold steps (>= 4) × walkers × dimension = ${steps} × ${walkers} × ${dimension} numbers, got ${positions.length}`);
  }
  const n = Math.floor(steps / 2);
  // With an odd number of steps the first is dropped, as in Stan, so the halves are equal.
  const first = steps - 2 * n;
  const m = 2 * walkers;
  const rhat = new Float64Array(dimension);
  const means = new Float64Array(m);
  for (let d = 0; d < dimension; d++) {
    let within = 0;
    for (let k = 0; k < walkers; k++) {
      for (let half = 0; half < 2; half++) {
        const start = first + half * n;
        let mean = 0;
        for (let s = start; s < start + n; s++) mean += positions[(s * walkers + k) * dimension + d];
        mean /= n;
        let variance = 0;
        for (let s = start; s < start + n; s++) variance += (positions[(s * walkers + k) * dimension + d] - mean) ** 2;
        within += variance / (n - 1);
        means[2 * k + half] = mean;
      }
    }
    within /= m;
    let grand = 0;
    for (const mean of means) grand += mean;
    grand /= m;
    let between = 0;
    for (const mean of means) between += (mean - grand) ** 2;
    between = (between * n) / (m - 1);
    rhat[d] = within > 0 ? Math.sqrt(((n - 1) / n) * within + between / n) / Math.sqrt(within) : NaN;
  }
  return rhat;
}
