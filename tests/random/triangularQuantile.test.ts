import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {triangularQuantile, triangularQuantileFunction} from "../../src/engine/random/triangularQuantile.js";

/** Analytic triangular CDF. */
function cdf(x: number, a: number, c: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
}

describe("triangularQuantile", () => {
  it("matches analytic values", () => {
    // Symmetric (0, 0.5, 1): median 0.5; u = 1/8 → sqrt(1/8 · 0.5) = 0.25.
    expect(triangularQuantile(0.5, {min: 0, mode: 0.5, max: 1})).toBe(0.5);
    expect(triangularQuantile(0.125, {min: 0, mode: 0.5, max: 1})).toBeCloseTo(0.25, 15);
    // Mode at min: F(x) = 1 − (1 − x)², median 1 − sqrt(0.5).
    expect(triangularQuantile(0.5, {min: 0, mode: 0, max: 1})).toBeCloseTo(1 - Math.SQRT1_2, 15);
    // Mode at max: F(x) = x², median sqrt(0.5).
    expect(triangularQuantile(0.5, {min: 0, mode: 1, max: 1})).toBeCloseTo(Math.SQRT1_2, 15);
    // At the mode: F(mode) = (c − a)/(b − a) = 0.25 for (2, 4, 10).
    expect(triangularQuantile(0.25, {min: 2, mode: 4, max: 10})).toBeCloseTo(4, 14);
    expect(triangularQuantile(0, {min: 2, mode: 4, max: 10})).toBe(2);
    expect(triangularQuantile(1, {min: 2, mode: 4, max: 10})).toBe(10);
  });

  it("inverts the analytic CDF (property)", () => {
    fc.assert(
      fc.property(
        // Subnormal bounds (|a| < 1e-300) are no prior's: (c - a) underflows and the check's own CDF divides 0 by 0.
        fc.double({min: -100, max: 100, noNaN: true}).filter((v) => v === 0 || Math.abs(v) > 1e-300),
        fc.double({min: 0.01, max: 100, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}).filter((v) => v === 0 || v > 1e-300),
        fc.double({min: 0, max: 1, noNaN: true}),
        (a, width, m, u) => {
          const b = a + width;
          const c = a + m * width;
          const x = triangularQuantile(u, {min: a, mode: c, max: b});
          return x >= a && x <= b && Math.abs(cdf(x, a, c, b) - u) < 1e-9;
        }
      )
    );
  });

  it("throws on invalid arguments", () => {
    const ok = {min: 0, mode: 0.5, max: 1};
    expect(() => triangularQuantile(-1, ok)).toThrow("triangularQuantile: u must be in [0, 1], got -1");
    expect(() => triangularQuantile(0.5, {min: 1, mode: 1, max: 0})).toThrow("triangularQuantile: min must be < max, got min = 1, max = 0");
    expect(() => triangularQuantile(0.5, {min: 0, mode: 2, max: 1})).toThrow("triangularQuantile: mode must be in [min, max] = [0, 1], got 2");
    expect(() => triangularQuantile(0.5, {min: 0, mode: NaN, max: 1})).toThrow("triangularQuantile: mode must be a finite number, got NaN");
    expect(() => triangularQuantile(0.5, {min: 0, mode: 0, max: Infinity})).toThrow("triangularQuantile: max must be a finite number, got Infinity");
  });
});

describe("triangularQuantileFunction", () => {
  it("checks its parameters once and gives triangularQuantile's values, bit for bit", () => {
    const q = triangularQuantileFunction({min: 1, mode: 2, max: 5});
    for (let i = 0; i <= 200; i++) expect(Object.is(q(i / 200), triangularQuantile(i / 200, {min: 1, mode: 2, max: 5}))).toBe(true);
    expect(() => q(1.5)).toThrow("triangularQuantile: u must be in [0, 1], got 1.5");
  });
});
