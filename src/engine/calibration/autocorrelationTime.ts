import FFT from "fft.js";

/** Sokal's window constant: the sum stops at the first lag M with M >= c · τ(M) (emcee uses 5). */
const windowConstant = 5;

/**
 * **Integrated autocorrelation time** of each coordinate of an ensemble chain, as emcee estimates
 * it (Foreman-Mackey et al. 2013; emcee 3's `autocorr.integrated_time`): the normalised
 * autocorrelation function of every walker's chain (by FFT, with fft.js), averaged over the
 * walkers, summed as τ(M) = 1 + 2 Σ_{t=1..M} ρ(t) up to the first window M >= 5 τ(M) (Sokal 1997,
 * "Monte Carlo methods in statistical mechanics"). Walkers that never moved are left out. The
 * estimate is reliable when the chain is at least 50 τ long (emcee's rule); shorter chains
 * underestimate τ.
 *
 * Cost: O(walkers · dimension · L log L), L the chain length rounded up to a power of two, doubled.
 *
 * @param positions step-major chain: step s, walker k, coordinate d at (s · walkers + k) · dimension + d
 * @param steps recorded steps, >= 2
 * @param walkers number of walkers
 * @param dimension coordinates per position
 * @returns τ of each coordinate, in recorded steps (NaN if no walker moved in that coordinate)
 * @throws RangeError if the sizes do not match the array or steps < 2
 * @example autocorrelationTime(chain.positions, chain.recorded, chain.walkers, chain.dimension) // [12.3, 15.1]
 */
export function autocorrelationTime(positions: Float64Array, steps: number, walkers: number, dimension: number): Float64Array {
  if (!(Number.isInteger(steps) && steps >= 2) || positions.length !== steps * walkers * dimension) {
    throw new RangeError(`autocorrelationTime: positions must hold steps (>= 2) × walkers × dimension = ${steps} × ${walkers} × ${dimension} numbers, got ${positions.length}`);
  }
  let size = 2;
  while (size < steps) size *= 2;
  size *= 2;
  const fft = new FFT(size);
  const input = new Float64Array(size);
  const spectrum = fft.createComplexArray();
  const power = fft.createComplexArray();
  const result = fft.createComplexArray();
  const average = new Float64Array(steps);
  const tau = new Float64Array(dimension);
  for (let d = 0; d < dimension; d++) {
    average.fill(0);
    let used = 0;
    for (let k = 0; k < walkers; k++) {
      let mean = 0;
      for (let s = 0; s < steps; s++) mean += positions[(s * walkers + k) * dimension + d];
      mean /= steps;
      input.fill(0);
      for (let s = 0; s < steps; s++) input[s] = positions[(s * walkers + k) * dimension + d] - mean;
      fft.realTransform(spectrum, input);
      fft.completeSpectrum(spectrum);
      for (let i = 0; i < size; i++) {
        power[2 * i] = spectrum[2 * i] ** 2 + spectrum[2 * i + 1] ** 2;
        power[2 * i + 1] = 0;
      }
      fft.inverseTransform(result, power);
      const zero = result[0];
      if (!(zero > 0)) continue;
      for (let s = 0; s < steps; s++) average[s] += result[2 * s] / zero;
      used++;
    }
    if (used === 0) {
      tau[d] = NaN;
      continue;
    }
    let sum = 0;
    let estimate = 1;
    for (let m = 0; m < steps; m++) {
      sum += average[m] / used;
      estimate = 2 * sum - 1;
      if (m >= windowConstant * estimate) break;
    }
    tau[d] = estimate;
  }
  return tau;
}
