import type {Grid} from "./grid.js";

/** How a series becomes one number per calendar year. */
export type Aggregation = "end" | "sum" | "mean";

/**
 * One value per calendar year from a series on a calendar-aligned grid: a stock at year end
 * (the save point at the start of the next year), a flow summed over the year, a level averaged
 * over the year (trapezoid rule). A flow's sum follows the integrator: the left Riemann sum is
 * exactly what Euler integrates (stocks and annual flows reconcile); with RK4, whose save points
 * are accurate to fourth order, the trapezoid rule keeps the sum's error second order in the step.
 *
 * @param series values at the grid's save points (length grid.steps + 1)
 * @param grid the grid the series lives on
 * @param aggregation "end", "sum" or "mean"
 * @param into optional output array of length grid.steps / grid.stepsPerYear
 * @param rule how a flow is summed: "left" (Euler's) or "trapezoid" (RK4's); default "left"
 * @example annualAggregate(Float64Array.of(1, 2, 3), createGrid(2023, 2023, 2), "sum") // [1.5]
 */
export function annualAggregate(series: ArrayLike<number>, grid: Grid, aggregation: Aggregation, into?: Float64Array, rule: "left" | "trapezoid" = "left"): Float64Array {
  const per = grid.stepsPerYear;
  const years = grid.steps / per;
  const result = into ?? new Float64Array(years);
  for (let y = 0; y < years; y++) {
    const first = y * per;
    if (aggregation === "end") {
      result[y] = series[first + per];
    } else if (aggregation === "sum") {
      let total = rule === "trapezoid" ? (series[first] + series[first + per]) / 2 : series[first];
      for (let i = first + 1; i < first + per; i++) total += series[i];
      result[y] = total * grid.dt;
    } else {
      // Trapezoid over the year's save points, both ends included: unbiased for a trending
      // level, where a left-point average lags by half a step's change.
      let total = (series[first] + series[first + per]) / 2;
      for (let i = first + 1; i < first + per; i++) total += series[i];
      result[y] = total / per;
    }
  }
  return result;
}
