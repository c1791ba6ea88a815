import fc from "fast-check";
import {quantile} from "simple-statistics";
import {describe, expect, it} from "vitest";
import {quantileBands} from "../../src/engine/uncertainty/quantileBands.js";

describe("quantileBands", () => {
  it("reads each column's quantiles (R type 7), column by column", () => {
    expect(Array.from(quantileBands(Float64Array.of(3, 1, 2, 10, 30, 20), 3, [0, 0.5, 1]))).toEqual([1, 2, 3, 10, 20, 30]);
    // R: quantile(c(1, 2, 3, 4), c(0.05, 0.25, 0.5, 0.75, 0.95)) = 1.15 1.75 2.50 3.25 3.85
    const q = quantileBands(Float64Array.of(4, 1, 3, 2), 4, [0.05, 0.25, 0.5, 0.75, 0.95]);
    [1.15, 1.75, 2.5, 3.25, 3.85].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
  });

  it("gives ordered quantiles equal to simple-statistics' quantile, for any data", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 40}), fc.integer({min: 1, max: 4}), fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {minLength: 160, maxLength: 160}), (runs, columns, pool) => {
        const values = Float64Array.from(pool.slice(0, runs * columns));
        const probabilities = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
        const bands = quantileBands(values, runs, probabilities);
        for (let c = 0; c < columns; c++) {
          const column = Array.from(values.subarray(c * runs, (c + 1) * runs));
          probabilities.forEach((p, q) => {
            expect(bands[c * 7 + q]).toBe(quantile(column, p));
            if (q > 0) expect(bands[c * 7 + q]).toBeGreaterThanOrEqual(bands[c * 7 + q - 1]);
          });
        }
      }),
      {numRuns: 200, seed: 1}
    );
  });

  it("selects (no sort) yet gives a sort's quantiles, NaN last as Float64Array.prototype.sort puts it", () => {
    const values = Float64Array.of(3, NaN, 1, 2, -Infinity, 9);
    expect(Array.from(quantileBands(values, 6, [0, 0.3, 0.5, 0.9, 1]))).toEqual([-Infinity, 1.5, 2.5, NaN, NaN]);
    const sorted = values.slice().sort();
    expect(Array.from(quantileBands(values, 6, [0.3, 0.5]))).toEqual([sorted[1] + 0.5 * (sorted[2] - sorted[1]), sorted[2] + 0.5 * (sorted[3] - sorted[2])]);
  });

  it("leaves its input unsorted and rejects bad shapes", () => {
    const values = Float64Array.of(3, 1, 2);
    quantileBands(values, 3, [0.5]);
    expect(Array.from(values)).toEqual([3, 1, 2]);
    expect(() => quantileBands(values, 0, [0.5])).toThrow("runs must be an integer >= 1, got 0");
    expect(() => quantileBands(values, 2, [0.5])).toThrow("values.length must be a multiple of runs (2), got 3");
    expect(() => quantileBands(values, 3, [1.2])).toThrow("probabilities must be between 0 and 1, got 1.2");
  });
});
