/** Steps per calendar year of each step a scenario may choose. */
export const stepsPerYearOf = {month: 12, quarter: 4, year: 1} as const;

/** Time grid: `steps` steps of `dt` years from `start`, with `steps + 1` save points. */
export interface Grid {
  /** First instant, decimal years. */
  readonly start: number;
  /** Step length, years. */
  readonly dt: number;
  /** Number of integration steps. */
  readonly steps: number;
  /** Steps per calendar year (1, 4, 12 or any positive integer). */
  readonly stepsPerYear: number;
  /** Save-point instants, length steps + 1. */
  readonly time: Float64Array;
}

/**
 * Builds a calendar-aligned time grid from the start of `firstYear` to the end of `lastYear`.
 * Aligning steps to calendar years keeps annual sums exact (no step straddles a year boundary).
 *
 * @param firstYear first simulated calendar year (integer)
 * @param lastYear last simulated calendar year, inclusive (integer >= firstYear)
 * @param stepsPerYear integer >= 1 (12 = monthly)
 * @throws if the years or steps are not integers in order
 * @example createGrid(2023, 2024, 4).time // [2023, 2023.25, ..., 2025]
 */
export function createGrid(firstYear: number, lastYear: number, stepsPerYear: number): Grid {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear) {
    throw new RangeError(`time: lastYear must be an integer >= firstYear (${firstYear}), got ${lastYear}`);
  }
  if (!Number.isInteger(stepsPerYear) || stepsPerYear < 1) {
    throw new RangeError(`time: stepsPerYear must be an integer >= 1, got ${stepsPerYear}`);
  }
  const steps = (lastYear - firstYear + 1) * stepsPerYear;
  const dt = 1 / stepsPerYear;
  const time = new Float64Array(steps + 1);
  // Computed from the integer index, not accumulated, so year boundaries are exact.
  for (let i = 0; i <= steps; i++) time[i] = firstYear + i / stepsPerYear;
  return {start: firstYear, dt, steps, stepsPerYear, time};
}

/**
 * The instants an integrator evaluates the model at, where levers and curves are sampled once
 * before the loop: the save points for Euler (index i), the half steps for RK4 (index 2i at save
 * point i, 2i + 1 at the midpoint). Euler's grid is half as long, so it prepares half as much.
 *
 * @example evaluationTimes(createGrid(2023, 2023, 1), "euler") // [2023, 2024]
 */
export function evaluationTimes(grid: Grid, method: "euler" | "rk4"): Float64Array {
  return method === "rk4" ? halfStepTimes(grid) : grid.time;
}

/**
 * Half-step instants (2 * steps + 1 of them): even index 2i is save point i, odd index is the
 * midpoint RK4 evaluates.
 *
 * @example halfStepTimes(createGrid(2023, 2023, 1)) // [2023, 2023.5, 2024]
 */
export function halfStepTimes(grid: Grid): Float64Array {
  const n = 2 * grid.steps + 1;
  const times = new Float64Array(n);
  for (let j = 0; j < n; j++) times[j] = grid.start + j / (2 * grid.stepsPerYear);
  return times;
}
