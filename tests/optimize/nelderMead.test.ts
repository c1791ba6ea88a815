import {describe, expect, it} from "vitest";
import {nelderMead} from "../../src/engine/optimize/nelderMead.js";

const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe("nelderMead", () => {
  it("Rosenbrock 2-D from (−1.2, 1) converges to (1, 1) within 1e-4 (analytic optimum)", () => {
    const r = nelderMead(rosenbrock, {lower: [-5, -5], upper: [5, 5]}, {initial: [-1.2, 1]});
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-4);
    expect(Math.abs(r.x[1]! - 1)).toBeLessThan(1e-4);
    expect(r.value).toBeLessThan(1e-10);
    expect(r.evaluations).toBeLessThan(1000); // measured: 330
  });

  it("works with infinite bounds given an initial point", () => {
    const r = nelderMead(rosenbrock, {lower: [-Infinity, -Infinity], upper: [Infinity, Infinity]}, {initial: [-1.2, 1]});
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-4);
    expect(Math.abs(r.x[1]! - 1)).toBeLessThan(1e-4);
  });

  it("finds an optimum on a bound exactly: min (x − 3)² on [0, 2] → x = 2 (doc example)", () => {
    const r = nelderMead((x) => (x[0]! - 3) ** 2, {lower: [0], upper: [2]});
    expect(Array.from(r.x)).toEqual([2]);
    expect(r.value).toBe(1);
    expect(r.converged).toBe(true);
  });

  it("finds a corner optimum in 3-D with two active bounds", () => {
    // min (x − 3)² + (y + 2)² + (z − 0.5)² on [0, 1]³ → (1, 0, 0.5), value 4 + 4 = 8.
    const f = (x: Float64Array) => (x[0]! - 3) ** 2 + (x[1]! + 2) ** 2 + (x[2]! - 0.5) ** 2;
    const r = nelderMead(f, {lower: [0, 0, 0], upper: [1, 1, 1]});
    expect(r.x[0]).toBe(1);
    expect(r.x[1]).toBe(0);
    expect(Math.abs(r.x[2]! - 0.5)).toBeLessThan(1e-6);
    expect(r.value).toBeCloseTo(8, 10);
  });

  it("5-D sphere centred at 0.3 converges to 1e-6", () => {
    const f = (x: Float64Array) => {
      let s = 0;
      for (let d = 0; d < x.length; d++) s += (x[d]! - 0.3) ** 2;
      return s;
    };
    const r = nelderMead(f, {lower: Array(5).fill(-1), upper: Array(5).fill(1)});
    expect(r.converged).toBe(true);
    for (const v of r.x) expect(Math.abs(v - 0.3)).toBeLessThan(1e-6);
  });

  it("20-D ill-scaled quadratic with Gao–Han coefficients", () => {
    const f = (x: Float64Array) => {
      let s = 0;
      for (let d = 0; d < x.length; d++) s += (d + 1) * (x[d]! - 0.3) ** 2;
      return s;
    };
    const r = nelderMead(f, {lower: Array(20).fill(-1), upper: Array(20).fill(1)});
    expect(r.converged).toBe(true);
    for (const v of r.x) expect(Math.abs(v - 0.3)).toBeLessThan(1e-4);
  });

  it("treats NaN / Infinity / −Infinity from f as +Infinity (infeasible region)", () => {
    // Minimum of (x − 1)² + (y − 1)² restricted by an 'infeasible' half plane x + y > 1.5 (NaN):
    // constrained optimum on the line x + y = 1.5 at (0.75, 0.75).
    const values = [NaN, Infinity, -Infinity];
    let calls = 0;
    const f = (x: Float64Array) => {
      calls++;
      if (x[0]! + x[1]! > 1.5) return values[calls % 3]!;
      return (x[0]! - 1) ** 2 + (x[1]! - 1) ** 2;
    };
    const r = nelderMead(f, {lower: [0, 0], upper: [2, 2]}, {initial: [0, 0]});
    expect(Number.isFinite(r.value)).toBe(true);
    expect(r.x[0]! + r.x[1]!).toBeLessThanOrEqual(1.5);
    expect(Math.abs(r.x[0]! - 0.75)).toBeLessThan(1e-3);
    expect(Math.abs(r.x[1]! - 0.75)).toBeLessThan(1e-3);
  });

  it("reports converged: false with value Infinity when f is never finite", () => {
    const r = nelderMead(() => NaN, {lower: [0, 0], upper: [1, 1]}, {maxIterations: 500});
    expect(r.value).toBe(Infinity);
    expect(r.converged).toBe(false);
  });

  it("respects the iteration and evaluation budgets", () => {
    const a = nelderMead(rosenbrock, {lower: [-5, -5], upper: [5, 5]}, {initial: [-1.2, 1], maxIterations: 10});
    expect(a.iterations).toBe(10);
    expect(a.converged).toBe(false);
    const b = nelderMead(rosenbrock, {lower: [-5, -5], upper: [5, 5]}, {initial: [-1.2, 1], maxEvaluations: 50});
    expect(b.evaluations).toBeLessThanOrEqual(50);
    expect(b.converged).toBe(false);
  });

  it("restarts only while they improve, and is deterministic", () => {
    const f = (x: Float64Array) => (x[0]! - 0.2) ** 2 + (x[1]! + 0.1) ** 2;
    const none = nelderMead(f, {lower: [-1, -1], upper: [1, 1]}, {restarts: 0});
    expect(none.restarts).toBe(0);
    const some = nelderMead(f, {lower: [-1, -1], upper: [1, 1]});
    expect(some.restarts).toBeGreaterThanOrEqual(1);
    expect(some.restarts).toBeLessThanOrEqual(3);
    expect(nelderMead(f, {lower: [-1, -1], upper: [1, 1]})).toEqual(some);
  });

  it("never evaluates f outside the box", () => {
    const f = (x: Float64Array) => {
      if (x[0]! < -1 || x[0]! > 1 || x[1]! < 0 || x[1]! > 3) throw new Error(`outside: ${x}`);
      return -x[0]! - x[1]!;
    };
    const r = nelderMead(f, {lower: [-1, 0], upper: [1, 3]}, {step: 10});
    expect(Array.from(r.x)).toEqual([1, 3]);
  });

  it("throws on invalid bounds and options", () => {
    const f = (x: Float64Array) => x[0]!;
    const box = {lower: [0, 0], upper: [1, 1]};
    const cases: ReadonlyArray<readonly [() => unknown, string]> = [
      [() => nelderMead(f, {lower: [], upper: []}), "nelderMead: bounds.lower must have length >= 1, got 0"],
      [() => nelderMead(f, {lower: [0, 0], upper: [1]}), "nelderMead: bounds.upper must have length 2 (bounds.lower.length), got 1"],
      [() => nelderMead(f, {lower: [0, 1], upper: [1, 1]}), "nelderMead: bounds.lower[1] must be < bounds.upper[1], got 1 and 1"],
      [() => nelderMead(f, {lower: [NaN], upper: [1]}), "nelderMead: bounds.lower[0] must be < bounds.upper[0], got NaN and 1"],
      [() => nelderMead(f, {lower: [-Infinity], upper: [1]}), "nelderMead: options.initial is required when a bound is infinite, got undefined"],
      [() => nelderMead(f, box, {initial: [0.5]}), "nelderMead: options.initial must have length 2, got 1"],
      [() => nelderMead(f, box, {initial: [0.5, 2]}), "nelderMead: options.initial[1] must be a finite number in [0, 1], got 2"],
      [() => nelderMead(f, box, {step: 0}), "nelderMead: options.step must be a finite number > 0, got 0"],
      [() => nelderMead(f, box, {step: [0.1, -1]}), "nelderMead: options.step[1] must be a finite number > 0, got -1"],
      [() => nelderMead(f, box, {step: [0.1]}), "nelderMead: options.step must have length 2, got 1"],
      [() => nelderMead(f, box, {maxIterations: 0}), "nelderMead: options.maxIterations must be an integer >= 1, got 0"],
      [() => nelderMead(f, box, {maxEvaluations: 2}), "nelderMead: options.maxEvaluations must be an integer >= 3 (n + 1) or Infinity, got 2"],
      [() => nelderMead(f, box, {tolerance: -1}), "nelderMead: options.tolerance must be a finite number >= 0, got -1"],
      [() => nelderMead(f, box, {xTolerance: NaN}), "nelderMead: options.xTolerance must be a finite number >= 0, got NaN"],
      [() => nelderMead(f, box, {restarts: 1.5}), "nelderMead: options.restarts must be an integer >= 0, got 1.5"]
    ];
    for (const [call, message] of cases) expect(call).toThrow(message);
  });
});
