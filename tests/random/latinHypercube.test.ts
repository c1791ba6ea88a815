import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {latinHypercube} from "../../src/engine/random/latinHypercube.js";

/** True if floor(x·N) over column d is a permutation of 0..N−1 and all values are in [0, 1). */
function stratified(x: Float64Array, n: number, k: number): boolean {
  for (let d = 0; d < k; d++) {
    const hit = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = x[i * k + d]!;
      if (!(v >= 0 && v < 1)) return false;
      const s = Math.floor(v * n);
      if (hit[s]) return false;
      hit[s] = 1;
    }
  }
  return true;
}

describe("latinHypercube", () => {
  it("has one point per stratum in every column (property, seeded generator)", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 300}), fc.integer({min: 1, max: 8}), fc.integer({min: 0, max: 0xffffffff}), (n, k, seed) => {
        const x = latinHypercube(n, k, createRandom(seed));
        return x.length === n * k && stratified(x, n, k);
      })
    );
  });

  it("stays stratified for adversarial generators (0, 1 − 2^-53, exactly 1)", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 200}), fc.integer({min: 1, max: 4}), fc.constantFrom(0, 1 - 2 ** -53, 1, 0.5), (n, k, value) =>
        stratified(
          latinHypercube(n, k, () => value),
          n,
          k
        )
      )
    );
  });

  it("matches a hand-computed design", () => {
    // N = 2, k = 1, random ≡ 0.5: Fisher–Yates i = 1 picks j = floor(0.5·2) = 1 (no swap),
    // so strata are [0, 1] and points are (0 + 0.5)/2, (1 + 0.5)/2.
    expect(Array.from(latinHypercube(2, 1, () => 0.5))).toEqual([0.25, 0.75]);
    expect(Array.from(latinHypercube(1, 3, () => 0.25))).toEqual([0.25, 0.25, 0.25]);
  });

  it("doc example: each column hits each quarter once", () => {
    const x = latinHypercube(4, 2, createRandom(1));
    expect(Array.from({length: 4}, (_, i) => Math.floor(x[i * 2]! * 4)).sort()).toEqual([0, 1, 2, 3]);
  });

  it("is deterministic given the generator and has uniform column means", () => {
    const a = latinHypercube(1000, 3, createRandom(5));
    const b = latinHypercube(1000, 3, createRandom(5));
    expect(a).toEqual(b);
    for (let d = 0; d < 3; d++) {
      let s = 0;
      for (let i = 0; i < 1000; i++) s += a[i * 3 + d]!;
      // LHS column mean is within 1/(2N) of 1/2 by construction (one point per stratum).
      expect(Math.abs(s / 1000 - 0.5)).toBeLessThan(1 / 2000);
    }
  });

  it("permutes columns independently (rank correlation near 0)", () => {
    const n = 2000;
    const x = latinHypercube(n, 2, createRandom(11));
    let s = 0;
    for (let i = 0; i < n; i++) s += (x[i * 2]! - 0.5) * (x[i * 2 + 1]! - 0.5);
    const correlation = (s / n) * 12;
    expect(Math.abs(correlation)).toBeLessThan(5 / Math.sqrt(n));
  });

  it("writes into a given array, maps columns through marginals, and draws column ranges that add up to the whole design", () => {
    const n = 37;
    const k = 19; // tiles of 8, 8 and 3 columns
    const whole = latinHypercube(n, k, createRandom(4));
    const into = new Float64Array(new SharedArrayBuffer(n * k * 8));
    expect(latinHypercube(n, k, createRandom(4), {into})).toBe(into);
    expect(into).toEqual(whole);
    // Parts drawn by separate generators, each started where its first column's draws begin.
    const parts = new Float64Array(n * k);
    for (const [from, to] of [
      [11, 19],
      [0, 5],
      [5, 11]
    ] as const) {
      latinHypercube(n, k, createRandom(4, 0, from * (2 * n - 1)), {into: parts, columns: [from, to]});
    }
    expect(parts).toEqual(whole);
    const marginals = Array.from({length: k}, (_, d) => (u: number) => d + u * 10);
    const mapped = latinHypercube(n, k, createRandom(4), {marginals});
    for (let i = 0; i < n * k; i++) expect(mapped[i]).toBe((i % k) + whole[i]! * 10);
  });

  it("throws on invalid arguments", () => {
    const r = createRandom(1);
    expect(() => latinHypercube(0, 2, r)).toThrow("latinHypercube: samples must be an integer >= 1, got 0");
    expect(() => latinHypercube(2.5, 2, r)).toThrow("latinHypercube: samples must be an integer >= 1, got 2.5");
    expect(() => latinHypercube(2, 0, r)).toThrow("latinHypercube: dimensions must be an integer >= 1, got 0");
    expect(() => latinHypercube(2, NaN, r)).toThrow("latinHypercube: dimensions must be an integer >= 1, got NaN");
    expect(() => latinHypercube(2 ** 20, 2 ** 12, r)).toThrow("latinHypercube: samples · dimensions must be <= 2147483647, got 1048576 · 4096");
    expect(() => latinHypercube(2, 2, undefined as unknown as () => number)).toThrow("latinHypercube: random must be a function returning numbers in [0, 1), got undefined");
    expect(() => latinHypercube(2, 2, r, {into: new Float64Array(3)})).toThrow("latinHypercube: into must hold samples · dimensions = 4 numbers, got 3");
    expect(() => latinHypercube(2, 2, r, {marginals: [(u) => u]})).toThrow("latinHypercube: marginals must hold one function per dimension (2), got 1 entries");
    expect(() => latinHypercube(2, 2, r, {columns: [1, 3]})).toThrow("latinHypercube: columns must be a range [from, to] within [0, 2], got [1, 3]");
  });
});
