import {describe, expect, it} from "vitest";
import {checkInitialPoint} from "../../src/engine/optimize/checkInitialPoint.js";

describe("checkInitialPoint", () => {
  it("accepts a point in the box, bounds included", () => {
    expect(() => checkInitialPoint("f", [0, 1], [0, -1], [2, 1])).not.toThrow();
  });
  it("names the caller, the coordinate and the allowed range", () => {
    expect(() => checkInitialPoint("nelderMead", [2], [0], [1])).toThrow("nelderMead: options.initial[0] must be a finite number in [0, 1], got 2");
    expect(() => checkInitialPoint("f", [Number.NaN], [0], [1])).toThrow("f: options.initial[0] must be a finite number in [0, 1], got NaN");
    expect(() => checkInitialPoint("f", [0, 0], [0], [1])).toThrow("f: options.initial must have length 1, got 2");
  });
});
