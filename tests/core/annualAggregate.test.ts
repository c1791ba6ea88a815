import {describe, expect, it} from "vitest";
import {annualAggregate} from "../../src/engine/core/annualAggregate.js";
import {createGrid} from "../../src/engine/core/grid.js";

describe("annualAggregate", () => {
  const grid = createGrid(2023, 2024, 2);
  const series = Float64Array.of(1, 2, 3, 4, 5);
  it("takes stocks at year end", () => {
    expect(Array.from(annualAggregate(series, grid, "end"))).toEqual([3, 5]);
  });
  it("sums flows (rate x dt) over the year", () => {
    expect(Array.from(annualAggregate(series, grid, "sum"))).toEqual([1.5, 3.5]);
  });
  it("averages levels over the year by the trapezoid rule", () => {
    expect(Array.from(annualAggregate(series, grid, "mean"))).toEqual([2, 4]);
  });
});
