import {describe, expect, it} from "vitest";
import {sharedFloat64Array} from "../../src/engine/uncertainty/sharedFloat64Array.js";

describe("sharedFloat64Array", () => {
  it("is a zeroed Float64Array over shared memory where the platform has it (Node does)", () => {
    const array = sharedFloat64Array(3);
    expect(Array.from(array)).toEqual([0, 0, 0]);
    expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
