import {describe, expect, it} from "vitest";
import {saltelliSample} from "../../src/engine/analysis/saltelliSample.js";
import {createRandom} from "../../src/engine/random/createRandom.js";

describe("saltelliSample", () => {
  it("builds [A; B; AB_1; AB_2] for a hand-checked 1 × 2 case (doc example)", () => {
    const design = saltelliSample(new Float64Array([1, 2]), new Float64Array([3, 4]), 2);
    expect(Array.from(design)).toEqual([1, 2, 3, 4, 3, 2, 1, 4]);
  });

  it("AB_i equals A except column i, which equals B's (Saltelli 2010 radial scheme)", () => {
    const n = 17;
    const k = 4;
    const r = createRandom(3);
    const a = Float64Array.from({length: n * k}, r);
    const b = Float64Array.from({length: n * k}, r);
    const design = saltelliSample(a, b, k);
    expect(design.length).toBe((k + 2) * n * k);
    expect(design.subarray(0, n * k)).toEqual(a);
    expect(design.subarray(n * k, 2 * n * k)).toEqual(b);
    for (let i = 0; i < k; i++) {
      const block = design.subarray((2 + i) * n * k, (3 + i) * n * k);
      for (let j = 0; j < n; j++) {
        for (let d = 0; d < k; d++) {
          expect(block[j * k + d]).toBe(d === i ? b[j * k + d] : a[j * k + d]);
        }
      }
    }
  });

  it("writes into and returns `out` when given", () => {
    const out = new Float64Array(3 * 2);
    const result = saltelliSample(new Float64Array([1, 2]), new Float64Array([5, 6]), 1, out);
    expect(result).toBe(out);
    // k = 1, N = 2: A = [1, 2], B = [5, 6], AB_1 = B.
    expect(Array.from(out)).toEqual([1, 2, 5, 6, 5, 6]);
  });

  it("throws on invalid arguments", () => {
    const a = new Float64Array(6);
    expect(() => saltelliSample(a, a, 0)).toThrow("saltelliSample: dimensions must be an integer >= 1, got 0");
    expect(() => saltelliSample(a, a, 1.5)).toThrow("saltelliSample: dimensions must be an integer >= 1, got 1.5");
    expect(() => saltelliSample(a, a, 4)).toThrow("saltelliSample: a.length must be a positive multiple of dimensions (4), got 6");
    expect(() => saltelliSample(new Float64Array(0), new Float64Array(0), 2)).toThrow("saltelliSample: a.length must be a positive multiple of dimensions (2), got 0");
    expect(() => saltelliSample(a, new Float64Array(4), 2)).toThrow("saltelliSample: b.length must equal a.length (6), got 4");
    expect(() => saltelliSample(a, a, 2, new Float64Array(10))).toThrow("saltelliSample: out.length must be (dimensions + 2)·a.length = 24, got 10");
  });
});
