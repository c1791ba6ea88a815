import {describe, expect, it} from "vitest";
import {priorLogDensity} from "../../src/engine/calibration/priorLogDensity.js";
import {priorSummary} from "../../src/engine/calibration/priorSummary.js";
import {sampleSummary} from "../../src/engine/calibration/sampleSummary.js";

describe("priorLogDensity", () => {
  it("is the log density up to a constant, −Infinity outside the bounds", () => {
    expect(priorLogDensity({distribution: "uniform", min: 0, max: 2}, 1)).toBe(0);
    expect(priorLogDensity({distribution: "triangular", min: 0, mode: 1, max: 2}, 0.5)).toBeCloseTo(Math.log(0.5), 12);
    expect(priorLogDensity({distribution: "triangular", min: 0, mode: 1, max: 2}, 1.5)).toBeCloseTo(Math.log(0.5), 12);
    expect(priorLogDensity({distribution: "normal", mean: 1, sd: 2, min: -5, max: 5}, 3)).toBeCloseTo(-0.5, 12);
    // Lognormal: −ln x − ½ ((ln x − ln m)/σ)²
    expect(priorLogDensity({distribution: "lognormal", median: 2, sigma: 0.5, min: 0.1, max: 10}, 2 * Math.E ** 0.5)).toBeCloseTo(-Math.log(2) - 0.5 - 0.5, 12);
    for (const x of [-0.1, 2.1, NaN]) expect(priorLogDensity({distribution: "uniform", min: 0, max: 2}, x)).toBe(-Infinity);
  });
});

describe("priorSummary", () => {
  it("gives the quantiles, mean and sd of uniform and triangular priors (closed forms)", () => {
    const u = priorSummary({distribution: "uniform", min: 0, max: 1});
    expect(u.median).toBeCloseTo(0.5, 12);
    expect(u.q05).toBeCloseTo(0.05, 12);
    expect(u.sd).toBeCloseTo(Math.sqrt(1 / 12), 4);
    // Triangular (a, c, b): variance (a² + b² + c² − ab − ac − bc)/18
    const t = priorSummary({distribution: "triangular", min: 0, mode: 1, max: 4});
    expect(t.mean).toBeCloseTo(5 / 3, 4);
    expect(t.sd).toBeCloseTo(Math.sqrt((0 + 16 + 1 - 0 - 0 - 4) / 18), 4);
  });
  it("respects truncation: a normal cut at its mean has the half-normal's sd", () => {
    const half = priorSummary({distribution: "normal", mean: 0, sd: 1, min: 0, max: 50});
    expect(half.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 3);
    expect(half.sd).toBeCloseTo(Math.sqrt(1 - 2 / Math.PI), 3);
  });
});

describe("sampleSummary", () => {
  it("gives R type 7 quantiles, the mean and the population sd", () => {
    const s = sampleSummary(Float64Array.of(4, 1, 3, 2));
    const expected = {median: 2.5, q05: 1.15, q95: 3.85, mean: 2.5, sd: Math.sqrt(1.25)};
    for (const [key, value] of Object.entries(expected)) expect(s[key as keyof typeof s]).toBeCloseTo(value, 12);
    expect(() => sampleSummary([])).toThrow("sampleSummary requires at least one value");
  });
});
