import {describe, expect, it} from "vitest";
import {minimizeWithConstraints} from "../../src/engine/optimize/minimizeWithConstraints.js";

describe("minimizeWithConstraints", () => {
  it("LP: min x + y s.t. x + 2y >= 4, 0 <= x, y <= 10 → (0, 2), value 2 (analytic; doc example)", () => {
    const r = minimizeWithConstraints((x) => x[0]! + x[1]!, [(x) => 4 - x[0]! - 2 * x[1]!], {
      lower: [0, 0],
      upper: [10, 10]
    });
    expect(r.feasible).toBe(true);
    expect(r.maxViolation).toBeLessThanOrEqual(1e-8);
    expect(Math.abs(r.x[0]!)).toBeLessThan(1e-6);
    expect(Math.abs(r.x[1]! - 2)).toBeLessThan(1e-6);
    expect(Math.abs(r.value - 2)).toBeLessThan(1e-6);
    expect(r.constraintValues.length).toBe(1);
  });

  it("nonlinear: min x² + y² s.t. x + y >= 1 → (0.5, 0.5), value 0.5 (analytic, interior kink)", () => {
    const r = minimizeWithConstraints((x) => x[0]! ** 2 + x[1]! ** 2, [(x) => 1 - x[0]! - x[1]!], {
      lower: [-5, -5],
      upper: [5, 5]
    });
    expect(r.feasible).toBe(true);
    expect(Math.abs(r.x[0]! - 0.5)).toBeLessThan(1e-4);
    expect(Math.abs(r.x[1]! - 0.5)).toBeLessThan(1e-4);
    expect(Math.abs(r.value - 0.5)).toBeLessThan(1e-6);
  });

  it("needs the penalty to grow when μ0 is below the Lagrange multiplier", () => {
    // min −x s.t. x <= 1 on [0, 5]: multiplier 1, so μ = 0.1 gives x = 5 first; growth fixes it.
    const r = minimizeWithConstraints((x) => -x[0]!, [(x) => x[0]! - 1], {lower: [0], upper: [5]}, {penalty: 0.1});
    expect(r.feasible).toBe(true);
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-6);
    expect(r.penalty).toBeGreaterThan(1);
  });

  it("infeasible problem (x >= 11, x in [0, 10]) reports feasible: false with the smallest violation ≈ 1", () => {
    const r = minimizeWithConstraints((x) => x[0]!, [(x) => 11 - x[0]!], {lower: [0], upper: [10]});
    expect(r.feasible).toBe(false);
    expect(r.maxViolation).toBeCloseTo(1, 8);
    expect(r.x[0]).toBeCloseTo(10, 8);
    expect(r.constraintValues[0]).toBeCloseTo(1, 8);
  });

  it("several constraints, an initial point, and determinism given the seed", () => {
    // min (x − 3)² + (y − 3)² s.t. x + y <= 4, x − y <= 1 → projection of (3, 3) onto x + y = 4: (2, 2), value 2.
    const f = (x: Float64Array) => (x[0]! - 3) ** 2 + (x[1]! - 3) ** 2;
    const g = [(x: Float64Array) => x[0]! + x[1]! - 4, (x: Float64Array) => x[0]! - x[1]! - 1];
    const options = {initial: [0, 0], seed: 99, starts: 3};
    const r = minimizeWithConstraints(f, g, {lower: [0, 0], upper: [5, 5]}, options);
    expect(r.feasible).toBe(true);
    expect(Math.abs(r.x[0]! - 2)).toBeLessThan(1e-4);
    expect(Math.abs(r.x[1]! - 2)).toBeLessThan(1e-4);
    expect(Math.abs(r.value - 2)).toBeLessThan(1e-6);
    expect(minimizeWithConstraints(f, g, {lower: [0, 0], upper: [5, 5]}, options)).toEqual(r);
  });

  it("NaN from a constraint counts as infeasible", () => {
    // g is NaN for x < 0.5 (outside the model's domain), and x <= 0.8 otherwise; min (x − 0.2)² → x = 0.5.
    const r = minimizeWithConstraints((x) => (x[0]! - 0.2) ** 2, [(x) => (x[0]! < 0.5 ? NaN : x[0]! - 0.8)], {
      lower: [0],
      upper: [1]
    });
    expect(r.feasible).toBe(true);
    expect(Math.abs(r.x[0]! - 0.5)).toBeLessThan(1e-6);
  });

  it("without constraints it is a multi-start box minimiser", () => {
    const r = minimizeWithConstraints((x) => (x[0]! - 0.25) ** 2, [], {lower: [0], upper: [1]});
    expect(r.feasible).toBe(true);
    expect(r.maxViolation).toBe(0);
    expect(Math.abs(r.x[0]! - 0.25)).toBeLessThan(1e-6);
  });

  it("throws on invalid arguments", () => {
    const f = (x: Float64Array) => x[0]!;
    const box = {lower: [0], upper: [1]};
    const cases: ReadonlyArray<readonly [() => unknown, string]> = [
      [() => minimizeWithConstraints(f, [], {lower: [], upper: []}), "minimizeWithConstraints: bounds.lower must have length >= 1, got 0"],
      [() => minimizeWithConstraints(f, [], {lower: [0], upper: [1, 2]}), "minimizeWithConstraints: bounds.upper must have length 1 (bounds.lower.length), got 2"],
      [() => minimizeWithConstraints(f, [], {lower: [0], upper: [Infinity]}), "minimizeWithConstraints: bounds must be finite with lower[0] < upper[0], got 0 and Infinity"],
      [() => minimizeWithConstraints(f, [], {lower: [1], upper: [0]}), "minimizeWithConstraints: bounds must be finite with lower[0] < upper[0], got 1 and 0"],
      [() => minimizeWithConstraints(f, [1 as unknown as () => number], box), "minimizeWithConstraints: constraints[0] must be a function, got number"],
      [() => minimizeWithConstraints(f, [], box, {seed: -1}), "minimizeWithConstraints: options.seed must be an integer in [0, 4294967295], got -1"],
      [() => minimizeWithConstraints(f, [], box, {starts: -1}), "minimizeWithConstraints: options.starts must be an integer >= 0, got -1"],
      [() => minimizeWithConstraints(f, [], box, {maxCornerDimensions: 0.5}), "minimizeWithConstraints: options.maxCornerDimensions must be an integer >= 0, got 0.5"],
      [() => minimizeWithConstraints(f, [], box, {penalty: 0}), "minimizeWithConstraints: options.penalty must be a finite number > 0, got 0"],
      [() => minimizeWithConstraints(f, [], box, {penaltyGrowth: 1}), "minimizeWithConstraints: options.penaltyGrowth must be a finite number > 1, got 1"],
      [() => minimizeWithConstraints(f, [], box, {penaltySteps: 0}), "minimizeWithConstraints: options.penaltySteps must be an integer >= 1, got 0"],
      [() => minimizeWithConstraints(f, [], box, {feasibilityTolerance: -1}), "minimizeWithConstraints: options.feasibilityTolerance must be a finite number >= 0, got -1"],
      [() => minimizeWithConstraints(f, [], box, {initial: [2]}), "minimizeWithConstraints: options.initial[0] must be a finite number in [0, 1], got 2"],
      [() => minimizeWithConstraints(f, [], box, {initial: [0, 0]}), "minimizeWithConstraints: options.initial must have length 1, got 2"],
      [() => minimizeWithConstraints(f, [], box, {nelderMead: {tolerance: -1}}), "nelderMead: options.tolerance must be a finite number >= 0, got -1"]
    ];
    for (const [call, message] of cases) expect(call).toThrow(message);
  });
});
