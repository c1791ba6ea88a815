import {describe, expect, it} from "vitest";
import {interpolate} from "../../src/engine/core/interpolate.js";

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
