import {describe, expect, it} from "vitest";
import {maximumExactValues, sketchesQuantiles} from "../../src/engine/uncertainty/sketchesQuantiles.js";

describe("sketchesQuantiles", () => {
  it("keeps a batch of up to 2^25 series values (256 MiB) and sketches a larger one", () => {
    expect(maximumExactValues).toBe(2 ** 25);
    expect(sketchesQuantiles(100_000, 91)).toBe(false); // 1e5 annual runs of the seven headline outputs
    expect(sketchesQuantiles(1_000_000, 91)).toBe(true); // 1e6 of them
    expect(sketchesQuantiles(30_000, 1099)).toBe(false); // monthly: kept up to 30,531 runs
    expect(sketchesQuantiles(30_532, 1099)).toBe(true);
    expect(sketchesQuantiles(10, 10, 99)).toBe(true);
    expect(sketchesQuantiles(10, 10, 100)).toBe(false);
  });
});
