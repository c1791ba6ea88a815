import {describe, expect, it} from "vitest";
import {data} from "../../src/index.js";
import {priorQuantile} from "../../src/engine/random/prior.js";
import {sampleParameters} from "../../src/engine/uncertainty/sampleParameters.js";
import {uncertainParameters} from "../../src/engine/uncertainty/uncertainParameters.js";

describe("uncertainParameters", () => {
  it("lists the parameters with priors, in declaration order, minus the fixed ones, without reasoning", () => {
    const all = uncertainParameters(data.parameters);
    expect(all.map((p) => p.id)).toEqual(data.parameters.filter((p) => p.prior).map((p) => p.id));
    expect(all.every((p) => !("reasoning" in p.prior))).toBe(true);
    expect(uncertainParameters(data.parameters, ["market_potential_bn_rmb"]).map((p) => p.id)).not.toContain("market_potential_bn_rmb");
  });
});

describe("sampleParameters", () => {
  const parameters = uncertainParameters(data.parameters);
  const runs = 200;
  const design = sampleParameters(parameters, runs, 42);

  it("stratifies every parameter: one draw in each of the prior's `runs` quantile strata", () => {
    parameters.forEach(({id, prior}, j) => {
      const strata = new Set<number>();
      for (let r = 0; r < runs; r++) {
        const x = design[r * parameters.length + j];
        expect(x, id).toBeGreaterThanOrEqual(prior.min);
        expect(x, id).toBeLessThanOrEqual(prior.max);
        // The stratum is the u whose quantile brackets x.
        let lo = 0;
        let hi = runs;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (priorQuantile(prior, mid / runs) <= x) lo = mid;
          else hi = mid;
        }
        strata.add(lo);
      }
      expect(strata.size, id).toBeGreaterThanOrEqual(runs - 2); // edges of flat quantile steps may tie
    });
  });

  it("is a function of the seed alone", () => {
    expect(sampleParameters(parameters, runs, 43)).not.toEqual(design);
    expect(Buffer.from(sampleParameters(parameters, runs, 42).buffer).equals(Buffer.from(design.buffer))).toBe(true);
  });

  it("is drawn into shared memory, and parts drawn apart make the same design", () => {
    expect(design.buffer).toBeInstanceOf(SharedArrayBuffer);
    const into = new Float32Array(runs * parameters.length);
    const k = parameters.length;
    for (const columns of [
      [16, k],
      [0, 8],
      [8, 16]
    ] as const)
      sampleParameters(parameters, runs, 42, {into, columns});
    expect(Buffer.from(into.buffer).equals(Buffer.from(design.buffer))).toBe(true);
  });

  it("rejects empty parameter lists and bad run counts", () => {
    expect(() => sampleParameters([], 10, 1)).toThrow("parameters must list at least one parameter with a prior, got none");
    expect(() => sampleParameters(parameters, 0, 1)).toThrow("runs must be an integer >= 1, got 0");
  });
});
