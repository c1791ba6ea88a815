import {describe, expect, it} from "vitest";
import type {TargetSpec} from "../../src/engine/declarations.js";
import {lowerBoundScale, scoreTarget} from "../../src/engine/calibration/scoreTarget.js";

const within: TargetSpec = {fact: "market-2024", output: "market_bn_rmb", year: 2024, tolerance: 0.1, weight: 2};
const atLeast: TargetSpec = {fact: "tenders", output: "tenders_cumulative", at: 2023.5833, comparison: "at-least", tolerance: 0, weight: 0.5};

describe("scoreTarget", () => {
  it("scores a two-sided target: residual, misfit in tolerances, weighted squared loss", () => {
    const s = scoreTarget(11.4, 12, within);
    expect(s.residual).toBeCloseTo(-0.05, 12);
    expect(s.misfit).toBeCloseTo(-0.05, 12);
    expect(s.standardized).toBeCloseTo(-0.5, 12);
    expect(s.loss).toBeCloseTo(2 * 0.25, 12);
    expect(s.ok).toBe(true);
    expect(scoreTarget(13.3, 12, within).ok).toBe(false);
  });

  it("penalises a lower bound only below the figure, scaled by 1% when its tolerance is 0", () => {
    const above = scoreTarget(69, 60, atLeast);
    expect(above.residual).toBeCloseTo(0.15, 12);
    expect(above.misfit).toBe(0);
    expect(above.loss).toBe(0);
    expect(above.ok).toBe(true);
    const below = scoreTarget(59.4, 60, atLeast);
    expect(below.misfit).toBeCloseTo(-0.01, 12);
    expect(below.standardized).toBeCloseTo(-0.01 / lowerBoundScale, 12);
    expect(below.loss).toBeCloseTo(0.5, 12);
    expect(below.ok).toBe(false);
  });

  it("throws for a zero or non-finite figure", () => {
    expect(() => scoreTarget(1, 0, within)).toThrow(/market-2024: the figure must be a finite non-zero number, got 0/);
    expect(() => scoreTarget(1, NaN, within)).toThrow(RangeError);
  });
});
