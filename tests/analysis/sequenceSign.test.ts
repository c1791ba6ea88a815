import {describe, expect, it} from "vitest";
import {sequenceSign} from "../../src/engine/analysis/sequenceSign.js";

describe("sequenceSign", () => {
  it("reads a rise, a fall, a constant and a reversal", () => {
    expect(sequenceSign([1, 2, 3], 1e-3)).toBe("+");
    expect(sequenceSign([3, 2, 2], 1e-3)).toBe("-");
    expect(sequenceSign([5, 5, 5], 1e-3)).toBe("0");
    expect(sequenceSign([1, 2, 1], 1e-3)).toBe("mixed");
  });

  it("counts steps within the tolerance of the largest magnitude as ties", () => {
    // A lever that saturates, then drifts back by 0.01%: its direction is still up.
    expect(sequenceSign([223.42, 223.71, 223.7146, 223.7058, 223.6929], 1e-3)).toBe("+");
    // The same drift is a reversal when ties must be exact.
    expect(sequenceSign([223.42, 223.71, 223.7146, 223.7058, 223.6929], 1e-9)).toBe("mixed");
    // A reversal larger than the band stays a reversal.
    expect(sequenceSign([100, 101, 100.5], 1e-3)).toBe("mixed");
  });

  it("gives a sequence flat within the band the sign of its net change, and mixed when it returns to its start", () => {
    expect(sequenceSign([100, 100.01, 100.02, 100.01, 100.03], 1e-3)).toBe("+");
    expect(sequenceSign([100, 99.99, 100.01, 99.98], 1e-3)).toBe("-");
    expect(sequenceSign([100, 100.01, 100], 1e-3)).toBe("mixed");
  });
});
