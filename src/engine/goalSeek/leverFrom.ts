import {interpolate} from "../core/interpolate.js";
import type {LeverValue} from "../declarations.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import {firstYear} from "../scenario/schema.js";

/**
 * A lever that keeps its scenario value until `start` and takes `value` from then on, written as
 * year:value points so the CLI, scenario files and the explorer's URL all read it. The switch is
 * a ramp over the half month before `start`: on the monthly grid levers are sampled every half
 * month, so no sample falls inside it and the change is a clean step (a quarterly or yearly grid
 * sees a short ramp).
 *
 * Cost: O(points of the scenario's value).
 *
 * @param base the lever's value in the scenario: a constant or points
 * @param start first year of the new value, decimal years; at or before 2023 the value is constant
 * @param value the new constant value
 * @param field the lever, for the error message (e.g. "levers.public_compute")
 * @returns `value` itself when start <= 2023, else points
 * @throws ScenarioError if base is a formula (a formula cannot be cut at a year and stay a formula
 *   the CLI reads back as written)
 * @example leverFrom(1500, 2025, 9000, "levers.public_compute") // [[2024.9583333333333, 1500], [2025, 9000]]
 */
export function leverFrom(base: LeverValue, start: number, value: number, field: string): LeverValue {
  if (start <= firstYear) return value;
  if (typeof base === "string") {
    throw new ScenarioError(field, `is a formula in the scenario ("${base}"); a start year needs a constant or year:value points there`);
  }
  const before = start - 1 / 24;
  if (typeof base === "number")
    return [
      [before, base],
      [start, value]
    ];
  return [...base.filter(([year]) => year < before), [before, interpolate(base, before)], [start, value]];
}
