import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {latinHypercube} from "../../src/engine/random/latinHypercube.js";
import {createHash} from "node:crypto";
import {priorQuantile, priorQuantileFunction, validatePrior, type Prior} from "../../src/engine/random/prior.js";
import {sampleParameters} from "../../src/engine/uncertainty/sampleParameters.js";

const PRIORS: readonly Prior[] = [
  {distribution: "uniform", min: 0, max: 10},
  {distribution: "triangular", min: 1, mode: 2, max: 5},
  {distribution: "normal", mean: 0.3, sd: 0.1, min: 0, max: 1},
  {distribution: "lognormal", median: 2, sigma: 0.5, min: 0.5, max: 6}
];

describe("priorQuantile", () => {
  it("dispatches to the right quantile function (analytic / mpmath values)", () => {
    expect(priorQuantile({distribution: "uniform", min: 0, max: 10}, 0.3)).toBe(3);
    expect(priorQuantile({distribution: "triangular", min: 0, mode: 0.5, max: 1}, 0.5)).toBe(0.5);
    expect(priorQuantile({distribution: "normal", mean: 0, sd: 1, min: -1, max: 1}, 0.5)).toBeCloseTo(0, 15);
    // mpmath: truncated normal [-1, 2] at u = 0.3
    expect(priorQuantile({distribution: "normal", mean: 0, sd: 1, min: -1, max: 2}, 0.3)).toBeCloseTo(-0.24240381788922682623, 14);
    expect(priorQuantile({distribution: "lognormal", median: 2, sigma: 0.5, min: 1, max: 3}, 0.5)).toBeCloseTo(1.8476915473049418738, 14);
  });

  it("maps an LHS design to samples within the prior bounds (property)", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 100}), fc.integer({min: 0, max: 1e6}), (n, seed) => {
        const u = latinHypercube(n, PRIORS.length, createRandom(seed));
        for (let i = 0; i < n; i++) {
          for (let d = 0; d < PRIORS.length; d++) {
            const p = PRIORS[d]!;
            const x = priorQuantile(p, u[i * PRIORS.length + d]!);
            if (!(x >= p.min && x <= p.max)) return false;
          }
        }
        return true;
      })
    );
  });

  it("bounds are attained at u = 0 and u = 1", () => {
    for (const p of PRIORS) {
      expect(priorQuantile(p, 0)).toBe(p.min);
      expect(priorQuantile(p, 1)).toBe(p.max);
    }
  });

  it("throws on an unknown distribution or invalid u", () => {
    expect(() => priorQuantile({distribution: "beta"} as unknown as Prior, 0.5)).toThrow('priorQuantile: prior.distribution must be one of "uniform", "triangular", "normal", "lognormal", got "beta"');
    expect(() => priorQuantile(PRIORS[0]!, 1.5)).toThrow("uniformQuantile: u must be in [0, 1], got 1.5");
  });
});

describe("priorQuantileFunction", () => {
  it("gives priorQuantile's values, bit for bit, over the whole of [0, 1] (doc example)", () => {
    for (const prior of [...PRIORS, {distribution: "normal", mean: 0, sd: 1, min: 6, max: 8} as const, {distribution: "lognormal", median: 1, sigma: 1, min: 0, max: 1e6} as const]) {
      const q = priorQuantileFunction(prior);
      for (let i = 0; i <= 1000; i++) expect(Object.is(q(i / 1000), priorQuantile(prior, i / 1000)), `${prior.distribution} ${i / 1000}`).toBe(true);
    }
    const q = priorQuantileFunction({distribution: "lognormal", median: 2, sigma: 0.5, min: 1, max: 3});
    expect([0, 0.5, 1].map(q)).toEqual([1, 1.847691547304942, 3]);
  });

  it("draws the design the per-value quantiles drew before their constants were computed once (its hash, pinned)", () => {
    // sha256 of the double-precision design of these priors (seed 42, 10007 runs) as the sampler
    // drew it when every value recomputed its prior's constants (commit 945d4ba): the same bits now.
    const priors: Prior[] = [
      ...PRIORS.slice(0, 3),
      {distribution: "normal", mean: 0, sd: 1, min: 6, max: 8},
      {distribution: "normal", mean: 0, sd: 1, min: -41, max: -40},
      PRIORS[3]!,
      {distribution: "lognormal", median: 1, sigma: 1, min: 0, max: 1e6}
    ];
    const double = latinHypercube(10007, priors.length, createRandom(42), {marginals: priors.map(priorQuantileFunction)});
    expect(createHash("sha256").update(new Uint8Array(double.buffer)).digest("hex")).toBe("cfef77c0b216ca0fd5e0a89dcf237fb6bf7a1db4194d87caeb39fcf019b5f72f");
    // sampleParameters stores the same draws in single precision, each inside its prior's bounds.
    const design = sampleParameters(
      priors.map((prior, i) => ({id: `p${i}`, prior})),
      10007,
      42
    );
    expect(design).toBeInstanceOf(Float32Array);
    let moved = 0;
    design.forEach((v, i) => {
      const {min, max} = priors[i % priors.length]!;
      expect(v >= min && v <= max, `value ${i}`).toBe(true);
      if (v !== Math.fround(double[i]!)) moved++;
    });
    // Only a draw rounding across a bound single precision cannot represent moves off the nearest float.
    expect(moved).toBeLessThan(5);
  });

  it("checks the prior once, and u on every call", () => {
    expect(() => priorQuantileFunction({distribution: "beta"} as unknown as Prior)).toThrow(
      'priorQuantile: prior.distribution must be one of "uniform", "triangular", "normal", "lognormal", got "beta"'
    );
    expect(() => priorQuantileFunction({distribution: "triangular", min: 0, mode: 2, max: 1})).toThrow("triangularQuantile: mode must be in [min, max] = [0, 1], got 2");
    expect(() => priorQuantileFunction(PRIORS[3]!)(-0.5)).toThrow("lognormalQuantile: u must be in [0, 1], got -0.5");
  });
});

describe("validatePrior", () => {
  it("accepts valid priors and narrows the type", () => {
    for (const p of PRIORS) {
      const value: unknown = JSON.parse(JSON.stringify(p));
      validatePrior(value, "parameters.x.prior");
      expect(priorQuantile(value, 0.5)).toBeTypeOf("number");
    }
    validatePrior({distribution: "triangular", min: 0, mode: 0, max: 1}, "p"); // mode at a bound is fine
    validatePrior({distribution: "lognormal", median: 1, sigma: 1, min: 0, max: 10}, "p"); // min 0 is fine
    // Annotations such as declarations.ts' `reasoning` are allowed.
    validatePrior({distribution: "uniform", min: 0, max: 1, reasoning: "expert range"}, "p");
  });

  const cases: ReadonlyArray<readonly [unknown, string]> = [
    [null, "parameters.x.prior: must be an object {distribution, ...}, got null"],
    [[1, 2], "parameters.x.prior: must be an object {distribution, ...}, got an array"],
    [3, "parameters.x.prior: must be an object {distribution, ...}, got 3"],
    [{distribution: "beta", min: 0, max: 1}, 'parameters.x.prior: distribution must be one of "uniform", "triangular", "normal", "lognormal", got "beta"'],
    [{min: 0, max: 1}, 'parameters.x.prior: distribution must be one of "uniform", "triangular", "normal", "lognormal", got undefined'],
    [{distribution: "toString", min: 0, max: 1}, 'parameters.x.prior: distribution must be one of "uniform", "triangular", "normal", "lognormal", got "toString"'],
    [{distribution: "uniform", min: 3, max: 2}, "parameters.x.prior: min must be < max, got min = 3, max = 2"],
    [{distribution: "uniform", min: 2, max: 2}, "parameters.x.prior: min must be < max, got min = 2, max = 2"],
    [{distribution: "uniform", min: "0", max: 2}, 'parameters.x.prior: min must be a finite number, got "0"'],
    [{distribution: "uniform", max: 2}, "parameters.x.prior: min must be a finite number, got undefined"],
    [{distribution: "uniform", min: 0, max: 2, mode: 1}, 'parameters.x.prior: unexpected key "mode" for a uniform prior, its parameters are min, max'],
    [{distribution: "lognormal", mean: 1, sigma: 1, min: 0, max: 2}, 'parameters.x.prior: unexpected key "mean" for a lognormal prior, its parameters are median, sigma, min, max'],
    [{distribution: "triangular", min: 0, mode: 3, max: 2}, "parameters.x.prior: mode must be in [min, max] = [0, 2], got 3"],
    [{distribution: "normal", mean: 0, sd: 0, min: -1, max: 1}, "parameters.x.prior: sd must be > 0, got 0"],
    [{distribution: "normal", mean: 0, stdev: 1, min: -1, max: 1}, "parameters.x.prior: sd must be a finite number, got undefined"],
    [{distribution: "normal", mean: 0, sd: 1, max: 1}, "parameters.x.prior: min must be a finite number, got undefined"],
    [{distribution: "normal", mean: 0, sd: 1, min: -Infinity, max: 1}, "parameters.x.prior: min must be a finite number, got -Infinity"],
    [{distribution: "lognormal", median: 0, sigma: 1, min: 0, max: 1}, "parameters.x.prior: median must be > 0, got 0"],
    [{distribution: "lognormal", median: 1, sigma: -1, min: 0, max: 1}, "parameters.x.prior: sigma must be > 0, got -1"],
    [{distribution: "lognormal", median: 1, sigma: 1, min: -1, max: 1}, "parameters.x.prior: min must be >= 0, got -1"]
  ];
  it.each(cases)("rejects %j", (prior, message) => {
    expect(() => validatePrior(prior, "parameters.x.prior")).toThrow(message);
  });
});
