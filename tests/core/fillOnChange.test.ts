import {describe, expect, it} from "vitest";
import {fillOnChange} from "../../src/engine/core/fillOnChange.js";

describe("fillOnChange", () => {
  it("evaluates f where an input changes and repeats its value elsewhere", () => {
    const a = Float64Array.of(1, 1, 4, 4, 4);
    const b = Float64Array.of(0, 0, 0, 2, 2);
    const calls: number[] = [];
    const into = fillOnChange(new Float64Array(5), [a, b], (k) => {
      calls.push(k);
      return Math.sqrt(a[k]) + b[k];
    });
    expect(Array.from(into)).toEqual([1, 1, 2, 4, 4]);
    expect(calls).toEqual([0, 2, 3]);
  });
  it("evaluates once with no inputs or constant ones", () => {
    let calls = 0;
    expect(Array.from(fillOnChange(new Float64Array(3), [], () => ++calls))).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });
});
