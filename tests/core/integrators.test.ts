import {describe, expect, it} from "vitest";
import {euler} from "../../src/engine/core/euler.js";
import {createGrid} from "../../src/engine/core/grid.js";
import {rk4} from "../../src/engine/core/rk4.js";
import {createWorkspace, type System} from "../../src/engine/core/system.js";

// dy/dt = -y, observed as y itself: y(t) = exp(-(t - t0)).
const decay: System = {
  size: 1,
  outputs: 1,
  floor: Float64Array.of(Number.NEGATIVE_INFINITY),
  ceiling: Float64Array.of(Number.POSITIVE_INFINITY),
  derivative(_k, y, dydt, out, at) {
    dydt[0] = -y[0];
    out[at] = y[0];
  }
};

function finalValue(method: typeof euler, stepsPerYear: number): number {
  const grid = createGrid(2023, 2024, stepsPerYear);
  const result = new Float64Array(grid.steps + 1);
  method(decay, grid, Float64Array.of(1), result, createWorkspace(decay));
  return result[grid.steps];
}

describe("euler", () => {
  it("matches the closed form (1 - dt)^n", () => {
    expect(finalValue(euler, 4)).toBeCloseTo(0.75 ** 8, 14);
  });
  it("is first order: halving the step halves the error", () => {
    const exact = Math.exp(-2);
    const ratio = (finalValue(euler, 24) - exact) / (finalValue(euler, 48) - exact);
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
  });
});

describe("rk4", () => {
  it("is fourth order: halving the step divides the error by about 16", () => {
    const exact = Math.exp(-2);
    const ratio = (finalValue(rk4, 8) - exact) / (finalValue(rk4, 16) - exact);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });
  it("is accurate to 2e-7 with monthly steps (Euler: 1e-2)", () => {
    expect(Math.abs(finalValue(rk4, 12) - Math.exp(-2))).toBeLessThan(2e-7);
    expect(Math.abs(finalValue(euler, 12) - Math.exp(-2))).toBeGreaterThan(1e-3);
  });
  it("rk4 holds stages and steps at each stock's floor", () => {
    // dy/dt = -5: one yearly step overshoots far below 0; the floor holds it at 0.
    const drain: System = {
      size: 1,
      outputs: 1,
      floor: Float64Array.of(0),
      ceiling: Float64Array.of(Number.POSITIVE_INFINITY),
      derivative(_k, y, dydt, out, at) {
        dydt[0] = y[0] > 0 ? -5 : 0;
        out[at] = y[0];
      }
    };
    const grid = createGrid(2023, 2023, 1);
    const result = new Float64Array(2);
    rk4(drain, grid, Float64Array.of(1), result, createWorkspace(drain));
    expect(result[1]).toBe(0);
  });
});
