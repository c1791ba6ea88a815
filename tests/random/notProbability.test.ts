import {describe, expect, it} from "vitest";
import {notProbability} from "../../src/engine/random/notProbability.js";

describe("notProbability", () => {
  it("throws the quantile functions' RangeError", () => {
    expect(() => notProbability("normalQuantile", "u", 2)).toThrow(new RangeError("normalQuantile: u must be in [0, 1], got 2"));
    expect(() => notProbability("standardNormalQuantile", "p", NaN)).toThrow("standardNormalQuantile: p must be in [0, 1], got NaN");
  });
});
