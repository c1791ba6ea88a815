import {describe, expect, it} from "vitest";
import {autocorrelationTime} from "../../src/engine/calibration/autocorrelationTime.js";
import {ensembleSampler} from "../../src/engine/calibration/ensembleSampler.js";
import {splitRhat} from "../../src/engine/calibration/splitRhat.js";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {standardNormalQuantile} from "../../src/engine/random/standardNormalQuantile.js";

/** Walkers scattered around a point, walker-major. */
function scatter(walkers: number, centre: number[], spread: number[], seed: number): Float64Array {
  const random = createRandom(seed, 9);
  return Float64Array.from({length: walkers * centre.length}, (_, i) => centre[i % centre.length] + spread[i % centre.length] * (random() - 0.5));
}

/** Mean, sd and correlation of coordinates 0 and 1 over every recorded position. */
function moments(positions: Float64Array, dimension: number) {
  const n = positions.length / dimension;
  const mean = [0, 0];
  for (let i = 0; i < n; i++) for (const d of [0, 1]) mean[d] += positions[i * dimension + d] / n;
  let [vx, vy, cxy] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const dx = positions[i * dimension] - mean[0];
    const dy = positions[i * dimension + 1] - mean[1];
    vx += (dx * dx) / n;
    vy += (dy * dy) / n;
    cxy += (dx * dy) / n;
  }
  return {mean, sd: [Math.sqrt(vx), Math.sqrt(vy)], correlation: cxy / Math.sqrt(vx * vy)};
}

describe("ensembleSampler", () => {
  it("samples a correlated, badly scaled Gaussian: means, sds and correlation (ρ = 0.95, sds 1 and 100)", () => {
    const [s1, s2, rho] = [1, 100, 0.95];
    const logDensity = (x: Float64Array) => {
      const [u, v] = [x[0] / s1, x[1] / s2];
      return (-0.5 * (u * u - 2 * rho * u * v + v * v)) / (1 - rho * rho);
    };
    const chain = ensembleSampler(logDensity, scatter(16, [0.5, -20], [0.1, 10], 1), 16, {steps: 4000, seed: 3, burn: 1000});
    const m = moments(chain.positions, 2);
    const tau = autocorrelationTime(chain.positions, chain.recorded, 16, 2);
    // Standard errors from the effective sample size: mean within 4 of them, sd within 10%.
    const ess = (chain.recorded * 16) / Math.max(...tau);
    expect(ess).toBeGreaterThan(500);
    expect(Math.abs(m.mean[0])).toBeLessThan((4 * s1) / Math.sqrt(ess));
    expect(Math.abs(m.mean[1])).toBeLessThan((4 * s2) / Math.sqrt(ess));
    expect(m.sd[0]).toBeCloseTo(s1, 0);
    expect(Math.abs(m.sd[1] / s2 - 1)).toBeLessThan(0.1);
    expect(Math.abs(m.correlation - rho)).toBeLessThan(0.02);
    const acceptance = chain.accepted.reduce((a, b) => a + b, 0) / (16 * chain.steps);
    expect(acceptance).toBeGreaterThan(0.3);
    expect(acceptance).toBeLessThan(0.9);
    for (const r of splitRhat(chain.positions, chain.recorded, 16, 2)) expect(r).toBeLessThan(1.05);
  });

  it("samples a banana (Haario et al.'s twisted Gaussian): y1 ~ N(0, 10²), y2 − b(y1² − 100) ~ N(0, 1), so Var y2 = 1 + 2b²·10⁴", () => {
    const b = 0.03;
    const logDensity = (y: Float64Array) => -(y[0] * y[0]) / 200 - 0.5 * (y[1] - b * (y[0] * y[0] - 100)) ** 2;
    const chain = ensembleSampler(logDensity, scatter(32, [0, 0], [2, 1], 2), 32, {steps: 6000, seed: 5, burn: 1000});
    const m = moments(chain.positions, 2);
    const tau = autocorrelationTime(chain.positions, chain.recorded, 32, 2);
    const ess = (chain.recorded * 32) / Math.max(...tau);
    expect(ess).toBeGreaterThan(300);
    expect(Math.abs(m.mean[0])).toBeLessThan(40 / Math.sqrt(ess));
    expect(Math.abs(m.mean[1])).toBeLessThan((4 * Math.sqrt(19)) / Math.sqrt(ess));
    expect(Math.abs(m.sd[0] / 10 - 1)).toBeLessThan(0.1);
    expect(Math.abs(m.sd[1] ** 2 / 19 - 1)).toBeLessThan(0.25);
    // The banana's spine: y2 is the parabola in y1, whatever the draw.
    let residual = 0;
    for (let i = 0; i < chain.positions.length; i += 2) residual += (chain.positions[i + 1] - b * (chain.positions[i] ** 2 - 100)) ** 2;
    expect(residual / (chain.positions.length / 2)).toBeCloseTo(1, 0);
  });

  it("is reproducible: same seed and start, same chain; another seed, another chain", () => {
    const logDensity = (x: Float64Array) => -0.5 * (x[0] ** 2 + x[1] ** 2);
    const start = scatter(6, [0, 0], [1, 1], 4);
    const a = ensembleSampler(logDensity, start, 6, {steps: 50, seed: 1});
    const b = ensembleSampler(logDensity, start, 6, {steps: 50, seed: 1});
    const c = ensembleSampler(logDensity, start, 6, {steps: 50, seed: 2});
    expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
    expect(Array.from(a.positions)).not.toEqual(Array.from(c.positions));
    expect(a.evaluations).toBe(6 + 6 * 50);
  });

  it("records every thin-th step after burn-in, and never leaves the support", () => {
    const logDensity = (x: Float64Array) => (x[0] > 0 && x[0] < 1 && x[1] > 0 && x[1] < 1 ? 0 : -Infinity);
    const chain = ensembleSampler(logDensity, scatter(4, [0.5, 0.5], [0.5, 0.5], 6), 4, {steps: 103, seed: 1, burn: 3, thin: 10});
    expect(chain.recorded).toBe(10);
    expect(chain.positions.length).toBe(10 * 4 * 2);
    for (const v of chain.positions) expect(v > 0 && v < 1).toBe(true);
    expect(Array.from(chain.logDensity).every((v) => v === 0)).toBe(true);
  });

  it("refuses too few walkers, a bad start and bad options, by name", () => {
    const flat = () => 0;
    expect(() => ensembleSampler(flat, new Float64Array(6), 3, {steps: 10, seed: 1})).toThrow("walkers must be at least twice the dimension (2), got 3");
    expect(() => ensembleSampler(() => -Infinity, new Float64Array(8), 4, {steps: 10, seed: 1})).toThrow("walker 0 starts where the log density is -Infinity");
    expect(() => ensembleSampler(flat, new Float64Array(8), 4, {steps: 10, seed: 1, burn: 10})).toThrow("burn must be an integer in [0, 10), got 10");
    expect(() => ensembleSampler(flat, new Float64Array(8), 4, {steps: 10, seed: 1, stretch: 1})).toThrow("stretch must be a finite number > 1, got 1");
  });
});

describe("autocorrelationTime", () => {
  it("finds τ = (1 + φ)/(1 − φ) of AR(1) chains", () => {
    const [phi, steps, walkers] = [0.8, 20000, 4];
    const random = createRandom(11);
    const positions = new Float64Array(steps * walkers);
    const state = new Float64Array(walkers);
    for (let s = 0; s < steps; s++) {
      for (let k = 0; k < walkers; k++) {
        state[k] = phi * state[k] + Math.sqrt(1 - phi * phi) * standardNormalQuantile(random());
        positions[s * walkers + k] = state[k];
      }
    }
    const [tau] = autocorrelationTime(positions, steps, walkers, 1);
    expect(Math.abs(tau / 9 - 1)).toBeLessThan(0.1);
  });

  it("is about 1 for independent draws, NaN for a coordinate that never moved", () => {
    const random = createRandom(12);
    const positions = Float64Array.from({length: 4000 * 2 * 2}, (_, i) => (i % 2 === 0 ? random() : 3));
    const [iid, frozen] = autocorrelationTime(positions, 4000, 2, 2);
    expect(Math.abs(iid - 1)).toBeLessThan(0.15);
    expect(frozen).toBeNaN();
  });
});

describe("splitRhat", () => {
  it("is near 1 for agreeing walkers and well above for a walker stuck elsewhere", () => {
    const random = createRandom(13);
    const [steps, walkers] = [400, 4];
    const agree = Float64Array.from({length: steps * walkers}, () => random());
    expect(splitRhat(agree, steps, walkers, 1)[0]).toBeLessThan(1.02);
    const stuck = Float64Array.from(agree, (v, i) => (i % walkers === 3 ? v + 2 : v));
    expect(splitRhat(stuck, steps, walkers, 1)[0]).toBeGreaterThan(1.3);
    // A trend over the chain shows up between the halves.
    const trend = Float64Array.from(agree, (v, i) => v + (3 * Math.floor(i / walkers)) / steps);
    expect(splitRhat(trend, steps, walkers, 1)[0]).toBeGreaterThan(1.1);
  });
});

describe("ensembleSampler with differential-evolution moves", () => {
  it("samples the correlated Gaussian as well when half the moves are differential", () => {
    const [s1, s2, rho] = [1, 100, 0.95];
    const logDensity = (x: Float64Array) => {
      const [u, v] = [x[0] / s1, x[1] / s2];
      return (-0.5 * (u * u - 2 * rho * u * v + v * v)) / (1 - rho * rho);
    };
    const chain = ensembleSampler(logDensity, scatter(16, [0.5, -20], [0.1, 10], 1), 16, {steps: 4000, seed: 3, burn: 1000, differential: 0.5});
    const m = moments(chain.positions, 2);
    expect(Math.abs(m.sd[1] / s2 - 1)).toBeLessThan(0.1);
    expect(Math.abs(m.correlation - rho)).toBeLessThan(0.02);
    expect(Math.abs(m.mean[0])).toBeLessThan(0.15);
  });
  it("keeps a stretch-only chain unchanged (differential 0 draws no extra number), and refuses a share of 1", () => {
    const logDensity = (x: Float64Array) => -0.5 * (x[0] ** 2 + x[1] ** 2);
    const start = scatter(6, [0, 0], [1, 1], 4);
    expect(Array.from(ensembleSampler(logDensity, start, 6, {steps: 30, seed: 1, differential: 0}).positions)).toEqual(
      Array.from(ensembleSampler(logDensity, start, 6, {steps: 30, seed: 1}).positions)
    );
    expect(() => ensembleSampler(logDensity, start, 6, {steps: 30, seed: 1, differential: 1})).toThrow("differential must be a share in [0, 1), got 1");
  });
});
