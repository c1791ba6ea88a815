import {describe, expect, it} from "vitest";
import {sharedArray} from "../../src/engine/uncertainty/sharedArray.js";

describe("sharedArray", () => {
  it("is a zeroed typed array over shared memory where the platform has it (Node does)", () => {
    for (const [array, type] of [
      [sharedArray(Float32Array, 3), Float32Array],
      [sharedArray(Float64Array, 3), Float64Array]
    ] as const) {
      expect(array).toBeInstanceOf(type);
      expect(Array.from(array)).toEqual([0, 0, 0]);
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  });
});
