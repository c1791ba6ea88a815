// A hand-written reference for the compiled model's speed: ten stocks in Float64Arrays, forward
// Euler over 156 monthly steps, every stock recorded at every step, no allocation in the loop.
// Its cost is what this machine charges for the bare arithmetic and memory of a small system
// dynamics run, so `compiled run / reference loop` tracks the engine's overhead, not the machine's
// mood (both are timed in the same process, alternately).

const stocks = 10;
const steps = 156;
const dt = 1 / 12;
const growth = Float64Array.from({length: stocks}, (_, s) => 0.2 + 0.03 * s);
const ceiling = Float64Array.from({length: stocks}, (_, s) => 100 + 10 * s);
const coupling = 0.01;

/**
 * One run: logistic stocks, each drained by its neighbour, with one exp per stock per step (the
 * compiled model's steps are dominated by exp and log).
 *
 * @param {Float64Array} y scratch state, length 10
 * @param {Float64Array} dydt scratch derivative, length 10
 * @param {Float64Array} result step-major record, length 157 * 10
 * @returns {Float64Array} result
 */
export function referenceRun(y, dydt, result) {
  for (let s = 0; s < stocks; s++) y[s] = 1 + s;
  for (let i = 0; i <= steps; i++) {
    const t = i * dt;
    for (let s = 0; s < stocks; s++) {
      const neighbour = y[s === stocks - 1 ? 0 : s + 1];
      dydt[s] = growth[s] * y[s] * (1 - y[s] / ceiling[s]) * Math.exp(-0.05 * t) - coupling * neighbour;
      result[i * stocks + s] = y[s];
    }
    if (i < steps) for (let s = 0; s < stocks; s++) y[s] += dt * dydt[s];
  }
  return result;
}

/** Buffers for `referenceRun`, allocated once. */
export function referenceBuffers() {
  return {y: new Float64Array(stocks), dydt: new Float64Array(stocks), result: new Float64Array((steps + 1) * stocks)};
}
