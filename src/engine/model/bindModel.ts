import {changePoints} from "../core/changePoints.js";
import {power} from "../core/power.js";
import type {System} from "../core/system.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {CompiledModel} from "./compileModel.js";

/** A compiled model bound to the instants it is evaluated at: set the levers and parameters, then integrate `system`. */
export interface BoundModel {
  system: System;
  /**
   * Makes `levers` (sampled on the model's instants) and `parameters` (falling back to
   * `fallback` for any it does not set, so a Monte Carlo draw need not merge objects) the current
   * run's values, computes the terms of levers, parameters and time, and returns the initial
   * stocks, in a buffer reused across runs.
   *
   * @param bounds [min, max] of each parameter the model reads, in `compiled.parameters` order
   * @throws Error if a lever is missing; ScenarioError naming the parameter if one has no value or
   *   one outside its bounds (NaN included)
   */
  prepare(levers: Readonly<Record<string, Float64Array>>, parameters: Readonly<Record<string, number>>, fallback?: Readonly<Record<string, number>>, bounds?: Float64Array): Float64Array;
}

type Bind = (
  T: Float64Array,
  V: Float64Array,
  L: Float64Array[],
  C: Float64Array[],
  S: Int32Array[],
  step: number
) => {scalars(): void; curves(): void; initial(y: Float64Array): void; derivative: System["derivative"]};

// One function per compiled model, so every grid's derivative shares V8's optimised code.
const factories = new WeakMap<CompiledModel, Bind>();

/**
 * Binds a compiled model to the instants `times` (see evaluationTimes): allocates its scalars,
 * lever curves and term curves once, for every later run on these instants.
 *
 * @param compiled from compileModel (or its stored JSON)
 * @param times the evaluation instants, evenly spaced, from 2023.0
 * @param step the integration step in years (dt in equations), grid.dt
 * @example bindModel(compiled, evaluationTimes(grid, "euler"), grid.dt).prepare(levers, parameters)
 */
export function bindModel(compiled: CompiledModel, times: Float64Array, step: number): BoundModel {
  let bind = factories.get(compiled);
  if (!bind) {
    bind = new Function("power", compiled.code)(power) as Bind;
    factories.set(compiled, bind);
  }
  const n = times.length;
  const scalars = new Float64Array(compiled.scalars);
  const levers = compiled.levers.map(() => new Float64Array(n));
  const curves = Array.from({length: compiled.curves}, () => new Float64Array(n));
  const starts: Int32Array[] = compiled.groups.map(() => Int32Array.of(0));
  // A copy: the caller's array stays the caller's, and later runs cannot be changed through it.
  const model = bind(Float64Array.from(times), scalars, levers, curves, starts, step);
  const groupLevers = compiled.groups.map((group) => group.map((i) => levers[i]));
  const initial = new Float64Array(compiled.stocks.length);
  const {parameters: parameterIds, levers: leverIds} = compiled;
  let lastLevers: Readonly<Record<string, Float64Array>> | undefined;
  return {
    system: {
      size: compiled.stocks.length,
      outputs: compiled.outputs.length,
      floor: Float64Array.from(compiled.floors),
      ceiling: Float64Array.from(compiled.ceilings, (c) => c ?? Number.POSITIVE_INFINITY),
      derivative: model.derivative
    },
    prepare(sampled, parameters, fallback = {}, bounds) {
      // Sampled levers are never modified, so the same set as the last run needs no copy (a Monte
      // Carlo batch reruns one scenario).
      if (sampled !== lastLevers) {
        for (let i = 0; i < leverIds.length; i++) {
          const values = sampled[leverIds[i]];
          if (values === undefined || values.length !== n) throw new Error(`model: lever ${leverIds[i]} is not sampled on this grid`);
          levers[i].set(values);
        }
        for (let g = 0; g < starts.length; g++) starts[g] = changePoints(groupLevers[g], n);
        lastLevers = sampled;
      }
      for (let i = 0; i < parameterIds.length; i++) {
        const value = parameters[parameterIds[i]] ?? fallback[parameterIds[i]];
        if (value === undefined) throw new ScenarioError(`parameters.${parameterIds[i]}`, "has no value");
        // One comparison pair per parameter and run: cheap enough for every run, and NaN fails it.
        if (bounds && !(value >= bounds[2 * i] && value <= bounds[2 * i + 1])) {
          throw new ScenarioError(`parameters.${parameterIds[i]}`, `must be between ${bounds[2 * i]} and ${bounds[2 * i + 1]}, got ${value}`);
        }
        scalars[i] = value;
      }
      model.scalars();
      model.curves();
      model.initial(initial);
      return initial;
    }
  };
}
