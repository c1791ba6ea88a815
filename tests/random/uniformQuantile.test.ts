import {describe, expect, it} from "vitest";
import {uniformQuantile, uniformQuantileFunction} from "../../src/engine/random/uniformQuantile.js";

describe("uniformQuantile", () => {
  it("is min + u (max − min) (analytic; R qunif)", () => {
    expect(uniformQuantile(0.25, {min: 10, max: 20})).toBe(12.5); // R: qunif(0.25, 10, 20) = 12.5
    expect(uniformQuantile(0, {min: -1, max: 1})).toBe(-1);
    expect(uniformQuantile(1, {min: -1, max: 1})).toBe(1);
    expect(uniformQuantile(0.5, {min: -3, max: 1})).toBe(-1);
  });

  it("stays within bounds despite rounding", () => {
    const params = {min: 0.1, max: 0.30000000000000004};
    for (let i = 0; i <= 1000; i++) {
      const x = uniformQuantile(i / 1000, params);
      expect(x >= params.min && x <= params.max).toBe(true);
    }
  });

  it("throws on invalid arguments", () => {
    expect(() => uniformQuantile(1.1, {min: 0, max: 1})).toThrow("uniformQuantile: u must be in [0, 1], got 1.1");
    expect(() => uniformQuantile(NaN, {min: 0, max: 1})).toThrow("uniformQuantile: u must be in [0, 1], got NaN");
    expect(() => uniformQuantile(0.5, {min: 1, max: 1})).toThrow("uniformQuantile: min must be < max, got min = 1, max = 1");
    expect(() => uniformQuantile(0.5, {min: -Infinity, max: 1})).toThrow("uniformQuantile: min must be a finite number, got -Infinity");
    expect(() => uniformQuantile(0.5, {min: 0, max: NaN})).toThrow("uniformQuantile: max must be a finite number, got NaN");
  });
});

describe("uniformQuantileFunction", () => {
  it("checks its parameters once and gives uniformQuantile's values, bit for bit", () => {
    const q = uniformQuantileFunction({min: 10, max: 20});
    for (let i = 0; i <= 200; i++) expect(Object.is(q(i / 200), uniformQuantile(i / 200, {min: 10, max: 20}))).toBe(true);
    expect(() => q(1.5)).toThrow("uniformQuantile: u must be in [0, 1], got 1.5");
  });
});
