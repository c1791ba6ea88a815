import {describe, expect, it} from "vitest";
import {changePoints} from "../../src/engine/core/changePoints.js";

describe("changePoints", () => {
  it("starts a segment wherever any input changes", () => {
    const a = Float64Array.of(1, 1, 4, 4, 4, 4);
    const b = Float64Array.of(0, 0, 0, 2, 2, 3);
    expect(Array.from(changePoints([a, b], 6))).toEqual([0, 2, 3, 5]);
  });
  it("is one segment for constant inputs or none", () => {
    expect(Array.from(changePoints([new Float64Array(4).fill(7)], 4))).toEqual([0]);
    expect(Array.from(changePoints([], 4))).toEqual([0]);
  });
});
