import type {Dimensions, ScenarioInput, TimeSpec} from "../declarations.js";
import {createGrid, evaluationTimes} from "../core/grid.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {sampleLever} from "../scenario/sampleLever.js";
import {firstYear} from "../scenario/schema.js";
import type {Engine} from "../simulate.js";

/**
 * A scenario reduced to plain numbers a run needs: parameter values and every lever already
 * sampled on the integrator's evaluation instants. Structured-cloneable, so worker threads and Web Workers can run
 * it without importing the scenario machinery (zod, mathjs: over a second of start-up per worker).
 */
export interface PreparedScenario {
  name: string;
  dimensions: Dimensions;
  /** Every parameter's value in the scenario. */
  parameters: Record<string, number>;
  /** Every lever sampled at the evaluation instants (evaluationTimes: steps + 1 for Euler, 2 · steps + 1 for RK4). */
  levers: Record<string, Float64Array>;
  /** First simulated calendar year (runs always start there). */
  start: number;
  /** Steps per calendar year of the grid. */
  stepsPerYear: number;
  time: TimeSpec;
}

const stepsPerYearOf = {month: 12, quarter: 4, year: 1} as const;

/**
 * Resolves a scenario and samples its levers once, exactly as `engine.compile` does, so a run of
 * the prepared scenario (`createSampleRunner`) equals `engine.simulate` bit for bit.
 * Cost: one resolve and one lever sampling (formulas evaluated by mathjs).
 *
 * @param engine the engine bound to its data
 * @param scenario a preset id, a scenario object or a resolved scenario
 * @returns the plain-data scenario
 * @throws ScenarioError naming the field for an invalid scenario or lever value
 * @example prepareScenario(engine, "baseline").levers.compute_subsidy.length // 157: monthly Euler samples at the save points
 */
export function prepareScenario(engine: Engine, scenario: ScenarioInput | ResolvedScenario | string): PreparedScenario {
  const resolved = typeof scenario === "object" && "chain" in scenario ? scenario : engine.resolve(scenario);
  const {time} = resolved;
  const stepsPerYear = stepsPerYearOf[time.step];
  const times = evaluationTimes(createGrid(firstYear, time.to, stepsPerYear), time.method);
  const levers = Object.fromEntries(engine.data.levers.map((spec) => [spec.id, sampleLever(spec, resolved.levers[spec.id], times, engine.formulas)]));
  return {name: resolved.name, dimensions: engine.data.dimensions, parameters: {...resolved.parameters}, levers, start: firstYear, stepsPerYear, time: {...time}};
}
