import {describe, expect, it} from "vitest";
import {createGrid, evaluationTimes, halfStepTimes} from "../../src/engine/core/grid.js";

describe("createGrid", () => {
  it("aligns steps to calendar years, last year inclusive", () => {
    const grid = createGrid(2023, 2024, 4);
    expect(grid.steps).toBe(8);
    expect(grid.dt).toBe(0.25);
    expect(Array.from(grid.time)).toEqual([2023, 2023.25, 2023.5, 2023.75, 2024, 2024.25, 2024.5, 2024.75, 2025]);
  });
  it("computes instants from the index so year boundaries are exact", () => {
    const grid = createGrid(2023, 2035, 12);
    expect(grid.time[12 * 12]).toBe(2035);
    expect(grid.time[grid.steps]).toBe(2036);
  });
  it("throws on years out of order or a bad step", () => {
    expect(() => createGrid(2025, 2024, 12)).toThrow(/lastYear must be an integer >= firstYear \(2025\), got 2024/);
    expect(() => createGrid(2023, 2024, 0)).toThrow(/stepsPerYear must be an integer >= 1, got 0/);
    expect(() => createGrid(2023, 2024.5, 12)).toThrow(/lastYear/);
  });
});

describe("halfStepTimes", () => {
  it("interleaves save points and midpoints", () => {
    expect(Array.from(halfStepTimes(createGrid(2023, 2023, 1)))).toEqual([2023, 2023.5, 2024]);
  });
});

describe("evaluationTimes", () => {
  it("is the save points for Euler and the half steps for RK4", () => {
    const grid = createGrid(2023, 2023, 2);
    expect(Array.from(evaluationTimes(grid, "euler"))).toEqual([2023, 2023.5, 2024]);
    expect(Array.from(evaluationTimes(grid, "rk4"))).toEqual([2023, 2023.25, 2023.5, 2023.75, 2024]);
  });
});
