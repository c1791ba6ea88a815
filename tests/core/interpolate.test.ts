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
