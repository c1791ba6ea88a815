import {describe, expect, it} from "vitest";
import {saltelliSample} from "../../src/engine/analysis/saltelliSample.js";
import {sobolIndices} from "../../src/engine/analysis/sobolIndices.js";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {latinHypercube} from "../../src/engine/random/latinHypercube.js";

/** Saltelli design from an N × 2k Latin hypercube (A = first k columns, B = last k). */
function design(n: number, k: number, seed: number): Float64Array {
  const base = latinHypercube(n, 2 * k, createRandom(seed));
  const a = new Float64Array(n * k);
  const b = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < k; d++) {
      a[i * k + d] = base[i * 2 * k + d]!;
      b[i * k + d] = base[i * 2 * k + k + d]!;
    }
  }
  return saltelliSample(a, b, k);
}

function evaluate(x: Float64Array, k: number, f: (row: Float64Array) => number): Float64Array {
  const rows = x.length / k;
  const y = new Float64Array(rows);
  for (let r = 0; r < rows; r++) y[r] = f(x.subarray(r * k, r * k + k));
  return y;
}

// Ishigami & Homma (1990), a = 7, b = 0.1, x_i ~ U(−π, π).
const A = 7;
const B = 0.1;
const ishigami = (u: Float64Array): number => {
  const x1 = -Math.PI + 2 * Math.PI * u[0]!;
  const x2 = -Math.PI + 2 * Math.PI * u[1]!;
  const x3 = -Math.PI + 2 * Math.PI * u[2]!;
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
};
// Analytic variances (Sobol' & Levitan 1999; Saltelli et al. 2010 §4):
// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50).
const PI4 = Math.PI ** 4;
const V = (A * A) / 8 + (B * PI4) / 5 + (B * B * PI4 * PI4) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * PI4) / 5) ** 2;
const V2 = (A * A) / 8;
const V13 = B * B * PI4 * PI4 * (1 / 18 - 1 / 50);
const FIRST = [V1 / V, V2 / V, 0];
const TOTAL = [(V1 + V13) / V, V2 / V, V13 / V];
// Tolerances = 4 × the standard deviation of each estimate, measured over 200 seeds at
// N = 2^14 with this LHS design: sd(S) = 0.0071, 0.0061, 0.0078; sd(ST) = 0.0099, 0.0047, 0.0028.
const N = 2 ** 14;
const FIRST_TOL = [0.03, 0.025, 0.032];
const TOTAL_TOL = [0.04, 0.019, 0.012];

describe("sobolIndices", () => {
  it("analytic Ishigami indices agree with the published values", () => {
    // Published (e.g. Saltelli et al. 2010; Marrel et al. 2009): S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    expect(FIRST.map((v) => +v.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(TOTAL.map((v) => +v.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  const x = design(N, 3, 2024);
  const y = evaluate(x, 3, ishigami);

  it("estimates Ishigami indices within 4 sd at N = 2^14", () => {
    const result = sobolIndices(y, 3);
    expect(result.samples).toBe(N);
    expect(Math.abs(result.variance - V) / V).toBeLessThan(0.03); // V = 13.8446
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(result.first[i]! - FIRST[i]!)).toBeLessThan(FIRST_TOL[i]!);
      expect(Math.abs(result.total[i]! - TOTAL[i]!)).toBeLessThan(TOTAL_TOL[i]!);
    }
  });

  it("the tolerance is discriminating: mis-ordered outputs (AB_1 and AB_2 swapped) fail it", () => {
    const swapped = y.slice();
    swapped.set(y.subarray(3 * N, 4 * N), 2 * N);
    swapped.set(y.subarray(2 * N, 3 * N), 3 * N);
    const result = sobolIndices(swapped, 3);
    expect(Math.abs(result.first[0]! - FIRST[0]!)).toBeGreaterThan(FIRST_TOL[0]!);
    expect(Math.abs(result.total[0]! - TOTAL[0]!)).toBeGreaterThan(TOTAL_TOL[0]!);
  });

  it("bootstrap intervals contain the estimate and have the width the sampling sd predicts", () => {
    const result = sobolIndices(y, 3, {bootstrap: 200, random: createRandom(2024, 1)});
    const sdFirst = [0.0071, 0.0061, 0.0078];
    const sdTotal = [0.0099, 0.0047, 0.0028];
    for (let i = 0; i < 3; i++) {
      const f = result.firstCI!;
      const t = result.totalCI!;
      expect(f.lower[i]! <= result.first[i]! && result.first[i]! <= f.upper[i]!).toBe(true);
      expect(t.lower[i]! <= result.total[i]! && result.total[i]! <= t.upper[i]!).toBe(true);
      // 95% percentile interval width ≈ 2 · 1.96 · sd; accept a factor 1.5 either way.
      const wf = (f.upper[i]! - f.lower[i]!) / (3.92 * sdFirst[i]!);
      const wt = (t.upper[i]! - t.lower[i]!) / (3.92 * sdTotal[i]!);
      expect(wf).toBeGreaterThan(1 / 1.5);
      expect(wf).toBeLessThan(1.5);
      expect(wt).toBeGreaterThan(1 / 1.5);
      expect(wt).toBeLessThan(1.5);
    }
    // Deterministic given the generator.
    const again = sobolIndices(y, 3, {bootstrap: 200, random: createRandom(2024, 1)});
    expect(again.firstCI).toEqual(result.firstCI);
  });

  it("linear additive model: S_i = ST_i = a_i² / Σ a_j² (analytic, x_i ~ U(0, 1))", () => {
    const coefficients = [1, 2, 3, 0];
    const k = coefficients.length;
    const sum = coefficients.reduce((s, c) => s + c * c, 0); // 14
    const xs = design(4096, k, 7);
    const ys = evaluate(xs, k, (u) => 100 + coefficients.reduce((s, c, d) => s + c * u[d]!, 0));
    const result = sobolIndices(ys, k);
    for (let d = 0; d < k; d++) {
      const exact = coefficients[d]! ** 2 / sum; // 1/14, 4/14, 9/14, 0
      expect(Math.abs(result.first[d]! - exact)).toBeLessThan(0.02);
      // Jansen's total index is exact for additive models up to sampling error of the variance.
      expect(Math.abs(result.total[d]! - exact)).toBeLessThan(0.02);
    }
    // Var = Σ a² / 12; the +100 offset does not affect anything (outputs are centred).
    expect(result.variance).toBeCloseTo(sum / 12, 1);
    expect(result.mean).toBeCloseTo(100 + 3, 1);
  });

  it("matches a hand computation on N = 2 (doc example)", () => {
    // f(A) = [0, 1], f(B) = [1, 0], f(AB_1) = [1, 0], f(AB_2) = [0, 1]; m = 0.5, V = 0.25.
    // S_1 = ((1 − .5)(1 − 0) + (0 − .5)(0 − 1))/2 / .25 = 2;  ST_1 = (1 + 1)/4 / .25 = 2; S_2 = ST_2 = 0.
    const result = sobolIndices(new Float64Array([0, 1, 1, 0, 1, 0, 0, 1]), 2);
    expect(Array.from(result.first)).toEqual([2, 0]);
    expect(Array.from(result.total)).toEqual([2, 0]);
    expect(result.mean).toBe(0.5);
    expect(result.variance).toBe(0.25);
  });

  it("reports 0 for a constant output", () => {
    const result = sobolIndices(new Float64Array(5 * 3).fill(4), 3, {bootstrap: 5, random: createRandom(1)});
    expect(Array.from(result.first)).toEqual([0, 0, 0]);
    expect(Array.from(result.total)).toEqual([0, 0, 0]);
    expect(result.variance).toBe(0);
  });

  it("throws on invalid arguments", () => {
    const y8 = new Float64Array(8);
    expect(() => sobolIndices(y8, 0)).toThrow("sobolIndices: dimensions must be an integer >= 1, got 0");
    expect(() => sobolIndices(y8, 3)).toThrow("sobolIndices: outputs.length must be (dimensions + 2)·N = 5·N with N >= 2, got 8");
    expect(() => sobolIndices(new Float64Array(4), 2)).toThrow("sobolIndices: outputs.length must be (dimensions + 2)·N = 4·N with N >= 2, got 4");
    const bad = new Float64Array(8);
    bad[5] = NaN;
    expect(() => sobolIndices(bad, 2)).toThrow("sobolIndices: outputs[5] must be a finite number, got NaN");
    expect(() => sobolIndices(y8, 2, {bootstrap: -1})).toThrow("sobolIndices: options.bootstrap must be an integer >= 0, got -1");
    expect(() => sobolIndices(y8, 2, {bootstrap: 10})).toThrow("sobolIndices: options.random must be a function when options.bootstrap > 0, got undefined");
    expect(() => sobolIndices(y8, 2, {confidence: 1})).toThrow("sobolIndices: options.confidence must be in (0, 1), got 1");
  });
});
