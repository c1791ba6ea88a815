import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {lognormalQuantile, lognormalQuantileFunction} from "../../src/engine/random/lognormalQuantile.js";

const rel = (x: number, ref: number) => Math.abs(x - ref) / Math.abs(ref);

describe("lognormalQuantile", () => {
  it("untruncated matches R qlnorm", () => {
    // R: qlnorm(0.975, meanlog = 0, sdlog = 1) = 7.099071 (mpmath exp(Φ⁻¹(0.975)) = 7.0990713842313336432)
    expect(rel(lognormalQuantile(0.975, {median: 1, sigma: 1}), 7.0990713842313336432)).toBeLessThan(1e-14);
    // Median is the 0.5-quantile; R: qlnorm(0.5, log(2), 0.5) = 2
    expect(lognormalQuantile(0.5, {median: 2, sigma: 0.5})).toBeCloseTo(2, 15);
    expect(lognormalQuantile(0, {median: 2, sigma: 0.5})).toBe(0);
    expect(lognormalQuantile(1, {median: 2, sigma: 0.5})).toBe(Infinity);
  });

  it("truncated matches mpmath", () => {
    // exp of N(log 2, 0.5²) truncated to [log 1, log 3] at u = 0.5 (mpmath, 60 digits).
    expect(rel(lognormalQuantile(0.5, {median: 2, sigma: 0.5, min: 1, max: 3}), 1.8476915473049418738)).toBeLessThan(1e-14);
    expect(lognormalQuantile(0, {median: 2, sigma: 0.5, min: 1, max: 3})).toBe(1);
    expect(lognormalQuantile(1, {median: 2, sigma: 0.5, min: 1, max: 3})).toBe(3);
  });

  it("stays within bounds (property)", () => {
    fc.assert(
      fc.property(
        fc.double({min: 1e-6, max: 1e6, noNaN: true}),
        fc.double({min: 1e-3, max: 5, noNaN: true}),
        fc.double({min: 0, max: 1e6, noNaN: true}),
        fc.double({min: 1e-9, max: 1e6, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (median, sigma, min, width, u) => {
          const max = min + width;
          if (!(min < max)) return true;
          const x = lognormalQuantile(u, {median, sigma, min, max});
          return x >= min && x <= max;
        }
      )
    );
  });

  it("doc examples", () => {
    expect(lognormalQuantile(0.5, {median: 2, sigma: 0.5})).toBe(2);
    expect(lognormalQuantile(0.975, {median: 1, sigma: 1})).toBe(7.0990713842313315);
  });

  it("throws on invalid arguments", () => {
    expect(() => lognormalQuantile(-0.5, {median: 1, sigma: 1})).toThrow("lognormalQuantile: u must be in [0, 1], got -0.5");
    expect(() => lognormalQuantile(0.5, {median: 0, sigma: 1})).toThrow("lognormalQuantile: median must be a finite number > 0, got 0");
    expect(() => lognormalQuantile(0.5, {median: 1, sigma: Infinity})).toThrow("lognormalQuantile: sigma must be a finite number > 0, got Infinity");
    expect(() => lognormalQuantile(0.5, {median: 1, sigma: 1, min: -1})).toThrow("lognormalQuantile: min must be >= 0, got -1");
    expect(() => lognormalQuantile(0.5, {median: 1, sigma: 1, min: 2, max: 2})).toThrow("lognormalQuantile: min must be < max, got min = 2, max = 2");
  });
});

describe("lognormalQuantileFunction", () => {
  it("checks its parameters once and gives lognormalQuantile's values, bit for bit", () => {
    const q = lognormalQuantileFunction({median: 2, sigma: 0.5, min: 0.5, max: 6});
    for (let i = 0; i <= 200; i++) expect(Object.is(q(i / 200), lognormalQuantile(i / 200, {median: 2, sigma: 0.5, min: 0.5, max: 6}))).toBe(true);
    expect(() => q(1.5)).toThrow("lognormalQuantile: u must be in [0, 1], got 1.5");
  });
});
