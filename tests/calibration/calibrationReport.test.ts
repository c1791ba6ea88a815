import {describe, expect, it} from "vitest";
import {calibrationReport} from "../../src/engine/calibration/calibrationReport.js";
import type {FactSpec, TargetSpec} from "../../src/engine/declarations.js";
import type {Projection} from "../../src/engine/simulate.js";

// A hand-made projection: two years of one flow, so every statistic can be worked out by hand.
const projection = {
  time: Float64Array.of(2023, 2024, 2025),
  series: {x: Float64Array.of(0, 0, 0)},
  annual: {years: Float64Array.of(2023, 2024), series: {x: Float64Array.of(5.5, 10)}}
} as unknown as Projection;
const fact = (id: string, value: number) => ({id, value}) as FactSpec;
const facts = [fact("a", 5), fact("b", 12), fact("c", 8)];
const targets: TargetSpec[] = [
  {fact: "a", output: "x", year: 2023, tolerance: 0.2, weight: 1}, // +10%: 0.5 tolerances, loss 0.25
  {fact: "b", output: "x", year: 2024, tolerance: 0.1, weight: 2}, // −16.7%: outside, loss 2·(1/6/0.1)²
  {fact: "c", output: "x", year: 2024, comparison: "at-least", tolerance: 0.05, weight: 1} // +25%: no misfit
];

describe("calibrationReport", () => {
  it("reports each target and the fit statistics (RMSE, MAPE of misfits; weighted loss)", () => {
    const {rows, statistics} = calibrationReport(projection, facts, targets);
    expect(rows.map((r) => r.model)).toEqual([5.5, 10, 10]);
    expect(rows.map((r) => r.ok)).toEqual([true, false, true]);
    expect(rows[0].residual).toBeCloseTo(0.1, 12);
    expect(rows[2].residual).toBeCloseTo(0.25, 12);
    const misfits = [0.1, -1 / 6, 0];
    expect(statistics.targets).toBe(3);
    expect(statistics.within).toBe(2);
    expect(statistics.rmse).toBeCloseTo(Math.sqrt(misfits.reduce((s, m) => s + m * m, 0) / 3), 12);
    expect(statistics.mape).toBeCloseTo((0.1 + 1 / 6) / 3, 12);
    expect(statistics.loss).toBeCloseTo(0.25 + 2 * (1 / 6 / 0.1) ** 2, 10);
  });

  it("throws for no targets and for a target naming no fact", () => {
    expect(() => calibrationReport(projection, facts, [])).toThrow("calibrationReport requires at least one target");
    expect(() => calibrationReport(projection, facts, [{...targets[0], fact: "zz"}])).toThrow('targets[0].fact names no seed figure: "zz"');
  });
});
