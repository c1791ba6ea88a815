import {describe, expect, it} from "vitest";
import {filterSamples} from "../../src/engine/calibration/filterSamples.js";
import type {TargetSpec} from "../../src/engine/declarations.js";

const targets: TargetSpec[] = [
  {fact: "m", output: "market_bn_rmb", year: 2023, tolerance: 0.1, weight: 1},
  {fact: "t", output: "tenders_cumulative", at: 2023.5, comparison: "at-least", tolerance: 0, weight: 1}
];
const figures = [10, 60];
// Four runs, column-major: market then tenders.
const values = Float64Array.of(10, 11.5, 13, 10, /* tenders */ 70, 60, 60, 59.7);

describe("filterSamples", () => {
  it("rejection keeps the runs within k tolerances of every target, equally weighted", () => {
    // run 0: on target; run 1: market +1.5 tolerances; run 2: +3 tolerances; run 3: tenders 0.5% short = 0.5 scale units
    const f = filterSamples(values, 4, figures, targets, {method: "rejection", k: 2});
    expect(Array.from(f.kept)).toEqual([0, 1, 3]);
    expect(Array.from(f.weights)).toEqual([1 / 3, 1 / 3, 0, 1 / 3]);
    expect(f.effectiveSampleSize).toBeCloseTo(3, 12);
    expect(f.losses[1]).toBeCloseTo(2.25, 12);
    expect(Array.from(filterSamples(values, 4, figures, targets, {method: "rejection", k: 1}).kept)).toEqual([0, 3]);
  });

  it("importance weights are exp(-loss/2), normalised, and rank runs by fit", () => {
    const f = filterSamples(values, 4, figures, targets, {method: "importance"});
    const raw = [0, 2.25, 9, 0.25].map((loss) => Math.exp(-loss / 2));
    const total = raw.reduce((a, b) => a + b);
    raw.forEach((w, r) => expect(f.weights[r]).toBeCloseTo(w / total, 12));
    expect(Array.from(f.kept)).toEqual([0, 1, 2, 3]);
    expect(f.effectiveSampleSize).toBeGreaterThan(1);
    expect(f.effectiveSampleSize).toBeLessThan(4);
  });

  it("widens k until minKept runs are kept (rejection) or the effective sample size reaches it (importance)", () => {
    const f = filterSamples(values, 4, figures, targets, {method: "rejection", k: 0.1, minKept: 3});
    expect(f.k).toBe(1.5);
    expect(Array.from(f.kept)).toEqual([0, 1, 3]);
    expect(Array.from(f.worst)).toEqual([0, expect.closeTo(1.5, 12), expect.closeTo(3, 12), expect.closeTo(0.5, 12)]);
    const g = filterSamples(values, 4, figures, targets, {method: "importance", k: 0.1, minKept: 3});
    expect(g.effectiveSampleSize).toBeGreaterThanOrEqual(3);
    expect(g.k).toBeGreaterThan(0.1);
    // Already enough: k stays as asked.
    expect(filterSamples(values, 4, figures, targets, {method: "rejection", k: 2, minKept: 2}).k).toBe(2);
    expect(() => filterSamples(values, 4, figures, targets, {method: "rejection", minKept: 5})).toThrow("minKept must be an integer between 1 and runs (4), got 5");
  });

  it("drops runs with non-finite values, and keeps none when nothing fits", () => {
    const f = filterSamples(Float64Array.of(NaN, 10, 60, 60), 2, figures, targets, {method: "importance"});
    expect(Array.from(f.kept)).toEqual([1]);
    expect(f.losses[0]).toBe(Infinity);
    const none = filterSamples(Float64Array.of(20, 0), 1, figures, targets, {method: "rejection"});
    expect(none.kept.length).toBe(0);
    expect(none.effectiveSampleSize).toBe(0);
  });

  it("throws for inconsistent lengths and bad options", () => {
    expect(() => filterSamples(values, 3, figures, targets, {method: "rejection"})).toThrow("values must hold runs × targets = 6 numbers, got 8");
    expect(() => filterSamples(values, 4, [1], targets, {method: "rejection"})).toThrow("figures must have one value per target (2), got 1");
    expect(() => filterSamples(values, 4, figures, targets, {method: "rejection", k: 0})).toThrow("k must be a finite number > 0, got 0");
    expect(() => filterSamples(values, 0, figures, targets, {method: "rejection"})).toThrow("runs must be an integer >= 1, got 0");
  });
});
