import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {float32Within} from "../../src/engine/random/float32Within.js";

describe("float32Within", () => {
  it("rounds to the nearest single-precision number inside the bounds", () => {
    expect(float32Within(0.1, 0, 1)).toBe(Math.fround(0.1));
    expect(float32Within(0.3, 0, 0.3)).toBe(0.29999998211860657);
    expect(float32Within(0.7, 0.7, 1)).toBe(0.7000000476837158); // Math.fround(0.7) is 0.699999988079071
    expect(float32Within(-0.3, -0.3, 0)).toBe(-0.29999998211860657);
    expect(float32Within(1e-50, 1e-50, 1)).toBe(1.401298464324817e-45);
    expect(float32Within(-1e-50, -1, -1e-50)).toBe(-1.401298464324817e-45);
    expect(float32Within(5, 5, 5.000001)).toBe(5);
  });

  it("never leaves [min, max], and moves x by at most one single-precision step", () => {
    fc.assert(
      fc.property(fc.double({min: -1e6, max: 1e6, noNaN: true}), fc.double({min: 0, max: 1e3, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), (min, width, at) => {
        const max = min + width;
        const x = Math.min(max, min + at * width);
        fc.pre(width >= Math.abs(min) * 2 ** -20 + 1e-40); // a range holding single-precision numbers
        const y = float32Within(x, min, max);
        expect(Math.fround(y)).toBe(y);
        expect(y).toBeGreaterThanOrEqual(min);
        expect(y).toBeLessThanOrEqual(max);
        expect(Math.abs(y - x)).toBeLessThanOrEqual(Math.max(Math.abs(x) * 2 ** -23, 1.5e-45));
      })
    );
  });
});
