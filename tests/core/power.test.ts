import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {power} from "../../src/engine/core/power.js";

describe("power", () => {
  it("agrees with Math.pow to 1e-13 relative for positive bases", () => {
    fc.assert(
      fc.property(fc.double({min: 1e-6, max: 1e6, noNaN: true}), fc.double({min: -4, max: 4, noNaN: true}), (base, exponent) => {
        const expected = base ** exponent;
        expect(Math.abs(power(base, exponent) - expected)).toBeLessThanOrEqual(1e-13 * expected);
      })
    );
  });
  it("handles zero and negative bases like Math.pow for real results", () => {
    expect(power(0, 2)).toBe(0);
    expect(power(0, -1)).toBe(Infinity);
    expect(power(0, 0)).toBe(1);
    expect(power(-1, 0.5)).toBeNaN();
  });
});
