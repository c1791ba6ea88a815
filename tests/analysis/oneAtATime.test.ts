import {describe, expect, it} from "vitest";
import {oneAtATime} from "../../src/engine/analysis/oneAtATime.js";

describe("oneAtATime", () => {
  it("linear function: effect = f(base) + a_d·(value − base_d), swing = |a_d|·(high_d − low_d)", () => {
    // f = 10 + 1·x0 − 3·x1 + 0.5·x2 at base (1, 1, 1), f(base) = 8.5; ranges [0, 2], [0.5, 1.5], [−10, 10].
    // Swings (analytic): 0.5·20 = 10, 3·1 = 3, 1·2 = 2.
    const f = (x: Float64Array) => 10 + x[0]! - 3 * x[1]! + 0.5 * x[2]!;
    const effects = oneAtATime(f, [1, 1, 1], [0, 0.5, -10], [2, 1.5, 10]);
    expect(effects).toEqual([
      {dimension: 2, low: 3, high: 13, swing: 10},
      {dimension: 1, low: 10, high: 7, swing: 3},
      {dimension: 0, low: 7.5, high: 9.5, swing: 2}
    ]);
  });

  it("doc example", () => {
    expect(oneAtATime((x) => 2 * x[0]! - 5 * x[1]!, [0, 0], [-1, -1], [1, 1])).toEqual([
      {dimension: 1, low: 5, high: -5, swing: 10},
      {dimension: 0, low: -2, high: 2, swing: 4}
    ]);
  });

  it("evaluates 2k times, restores the base between calls, keeps ties in input order, puts NaN last", () => {
    const seen: number[][] = [];
    const f = (x: Float64Array) => {
      seen.push(Array.from(x));
      return x[0] === 5 ? NaN : x[0]! + x[1]! + x[2]!;
    };
    const effects = oneAtATime(f, [0, 0, 0], [5, -1, -1], [1, 1, 1]);
    expect(seen).toEqual([
      [5, 0, 0],
      [1, 0, 0],
      [0, -1, 0],
      [0, 1, 0],
      [0, 0, -1],
      [0, 0, 1]
    ]);
    expect(effects.map((e) => e.dimension)).toEqual([1, 2, 0]);
    expect(effects[2]!.swing).toBeNaN();
  });

  it("throws on invalid arguments", () => {
    const f = () => 0;
    expect(() => oneAtATime(f, [], [], [])).toThrow("oneAtATime: base must have length >= 1, got 0");
    expect(() => oneAtATime(f, [0, 0], [0], [1, 1])).toThrow("oneAtATime: low must have length 2 (base.length), got 1");
    expect(() => oneAtATime(f, [0, 0], [0, 0], [1])).toThrow("oneAtATime: high must have length 2 (base.length), got 1");
    expect(() => oneAtATime(f, [0, NaN], [0, 0], [1, 1])).toThrow("oneAtATime: base[1] must be a finite number, got NaN");
    expect(() => oneAtATime(f, [0, 0], [0, -Infinity], [1, 1])).toThrow("oneAtATime: low[1] must be a finite number, got -Infinity");
  });
});
