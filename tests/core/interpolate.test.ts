import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {interpolate} from "../../src/engine/core/interpolate.js";
import {interpolateMany} from "../../src/engine/core/interpolateMany.js";

describe("interpolate", () => {
  const points: Array<[number, number]> = [
    [2023, 0.5],
    [2025, 0.9],
    [2030, 0.9]
  ];
  it("is linear between points", () => {
    expect(interpolate(points, 2024)).toBeCloseTo(0.7, 15);
    expect(interpolate(points, 2027)).toBe(0.9);
  });
  it("is flat outside the points", () => {
    expect(interpolate(points, 2000)).toBe(0.5);
    expect(interpolate(points, 2100)).toBe(0.9);
  });
  it("handles a single point", () => {
    expect(interpolate([[2024, 3]], 2030)).toBe(3);
  });
  it("never leaves the two points it lies between, subnormal values included", () => {
    // Unclamped, these points gave -5e-324 at 2024.5833 (a lever with a minimum of 0 went below it).
    const tiny: Array<[number, number]> = [
      [2024.4032926074642, 2e-323],
      [2024.6075554210402, 5e-324]
    ];
    expect(interpolate(tiny, 2024.5833333333333)).toBeGreaterThanOrEqual(5e-324);
    expect(interpolateMany(tiny, Float64Array.of(2024.5833333333333), new Float64Array(1))[0]).toBeGreaterThanOrEqual(5e-324);
    fc.assert(
      fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), fc.double({noNaN: true, noDefaultInfinity: true}), fc.double({min: 0, max: 1, noNaN: true}), (y0, y1, f) => {
        const v = interpolate(
          [
            [2023, y0],
            [2024, y1]
          ],
          2023 + f
        );
        return v >= Math.min(y0, y1) && v <= Math.max(y0, y1);
      }),
      {numRuns: 2000, seed: 3}
    );
  });
});

describe("interpolateMany", () => {
  it("equals interpolate at every x, for any points and increasing xs", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({min: 2000, max: 2100}), {minLength: 1, maxLength: 6}),
        fc.array(fc.double({min: -5, max: 5, noNaN: true}), {minLength: 6, maxLength: 6}),
        fc.array(fc.double({min: 1990, max: 2110, noNaN: true}), {minLength: 1, maxLength: 40}),
        (years, values, xs) => {
          const points = [...years].sort((a, b) => a - b).map((year, i) => [year, values[i]] as [number, number]);
          const sorted = Float64Array.from(xs).sort();
          const many = interpolateMany(points, sorted, new Float64Array(sorted.length));
          return Array.from(sorted).every((x, j) => Object.is(many[j], interpolate(points, x)));
        }
      ),
      {numRuns: 300, seed: 5}
    );
  });
});
