import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {normalQuantile, normalQuantileFunction} from "../../src/engine/random/normalQuantile.js";
import {standardNormalCdf} from "../../src/engine/random/standardNormalCdf.js";

const rel = (x: number, ref: number) => Math.abs(x - ref) / Math.abs(ref);

describe("normalQuantile", () => {
  it("untruncated matches R qnorm", () => {
    // R: qnorm(0.975, 10, 2) = 13.91992796908011 (mpmath: 13.919927969080107711)
    expect(rel(normalQuantile(0.975, {mean: 10, sd: 2}), 13.919927969080107711)).toBeLessThan(1e-15);
    expect(normalQuantile(0.5, {mean: -3, sd: 7})).toBe(-3);
    expect(normalQuantile(0, {mean: 0, sd: 1})).toBe(-Infinity);
    expect(normalQuantile(1, {mean: 0, sd: 1})).toBe(Infinity);
  });

  it("truncated matches mpmath (Φ⁻¹(Φ(a) + u(Φ(b) − Φ(a))) at 60 digits)", () => {
    // Same as R truncnorm::qtruncnorm(p, a, b, mean, sd).
    expect(rel(normalQuantile(0.3, {mean: 0, sd: 1, min: -1, max: 2}), -0.24240381788922682623)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(0.5, {mean: 10, sd: 2, min: 8, max: 20}), 10.400346639264150943)).toBeLessThan(1e-14);
    // Far upper tail (mirrored internally into the lower tail):
    expect(rel(normalQuantile(0.5, {mean: 0, sd: 1, min: 6, max: 8}), 6.1115649612052685441)).toBeLessThan(1e-13);
    expect(rel(normalQuantile(0.25, {mean: 0, sd: 1, min: -8, max: -6}), -6.2212229015989865121)).toBeLessThan(1e-13);
  });

  it("beyond ~37 sd (Φ underflows) uses the exponential tail approximation, ~1e-3 relative in (x − min)", () => {
    // mpmath: quantiles of N(0,1) truncated to [-41, -40] at u = 0.1, 0.5, 0.9.
    const reference = [-40.057487458036021657, -40.017314126764651106, -40.002632283207007428];
    [0.1, 0.5, 0.9].forEach((u, i) => {
      const lower = normalQuantile(u, {mean: 0, sd: 1, min: -41, max: -40});
      const upper = normalQuantile(1 - u, {mean: 0, sd: 1, min: 40, max: 41});
      expect(Math.abs(lower - reference[i]!) / Math.abs(-40 - reference[i]!)).toBeLessThan(2e-3);
      expect(upper).toBeCloseTo(-lower, 12);
    });
  });

  it("truncated samples lie within the bounds and are increasing in u (property)", () => {
    fc.assert(
      fc.property(
        fc.double({min: -1e3, max: 1e3, noNaN: true}),
        fc.double({min: 1e-3, max: 1e3, noNaN: true}),
        fc.double({min: -60, max: 60, noNaN: true}),
        fc.double({min: 1e-6, max: 80, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (mean, sd, za, width, u1, u2) => {
          const min = mean + sd * za;
          const max = mean + sd * (za + width);
          if (!(min < max)) return true;
          const params = {mean, sd, min, max};
          const x1 = normalQuantile(Math.min(u1, u2), params);
          const x2 = normalQuantile(Math.max(u1, u2), params);
          return x1 >= min && x2 <= max && x1 <= x2;
        }
      )
    );
  });

  it("truncated u ↦ x has the right CDF: Φ-transformed values are uniform in [Φ(a), Φ(b)]", () => {
    const params = {mean: 1, sd: 2, min: 0, max: 3};
    const pa = standardNormalCdf(-0.5);
    const pb = standardNormalCdf(1);
    for (const u of [0, 0.1, 0.37, 0.5, 0.9, 1]) {
      const x = normalQuantile(u, params);
      expect(standardNormalCdf((x - 1) / 2)).toBeCloseTo(pa + u * (pb - pa), 14);
    }
  });

  it("doc examples", () => {
    expect(normalQuantile(0.975, {mean: 10, sd: 2})).toBe(13.919927969080106);
    expect(normalQuantile(0, {mean: 0, sd: 1, min: -1, max: 2})).toBe(-1);
  });

  it("throws on invalid arguments", () => {
    expect(() => normalQuantile(2, {mean: 0, sd: 1})).toThrow("normalQuantile: u must be in [0, 1], got 2");
    expect(() => normalQuantile(0.5, {mean: NaN, sd: 1})).toThrow("normalQuantile: mean must be a finite number, got NaN");
    expect(() => normalQuantile(0.5, {mean: 0, sd: 0})).toThrow("normalQuantile: sd must be a finite number > 0, got 0");
    expect(() => normalQuantile(0.5, {mean: 0, sd: -1})).toThrow("normalQuantile: sd must be a finite number > 0, got -1");
    expect(() => normalQuantile(0.5, {mean: 0, sd: 1, min: 2, max: 1})).toThrow("normalQuantile: min must be < max, got min = 2, max = 1");
    expect(() => normalQuantile(0.5, {mean: 0, sd: 1, min: NaN})).toThrow("normalQuantile: min must be < max, got min = NaN, max = Infinity");
  });
});

describe("normalQuantileFunction", () => {
  it("checks its parameters once and gives normalQuantile's values, bit for bit", () => {
    const q = normalQuantileFunction({mean: 0.3, sd: 0.1, min: 0, max: 1});
    for (let i = 0; i <= 200; i++) expect(Object.is(q(i / 200), normalQuantile(i / 200, {mean: 0.3, sd: 0.1, min: 0, max: 1}))).toBe(true);
    expect(() => q(1.5)).toThrow("normalQuantile: u must be in [0, 1], got 1.5");
  });
});
