import {readTarget} from "../analysis/readTarget.js";
import type {FactSpec, TargetSpec} from "../declarations.js";
import {firstYear} from "../scenario/schema.js";
import type {Engine} from "../simulate.js";
import {lastTargetYear} from "./lastTargetYear.js";

/** How much one target responds to one fitted parameter. */
export interface TargetSensitivity {
  target: string;
  parameter: string;
  /**
   * Change of the target's relative residual, in tolerances, when the parameter moves by a tenth
   * of its search box (central difference): |value| >= 1 means the target pins the parameter down
   * to within a tenth of its box, near 0 that it says nothing about it.
   */
  tolerances: number;
  /** The same row's share of the target's total |tolerances| over the parameters (0 to 1). */
  share: number;
}

/**
 * **How much each target constrains each fitted parameter**: the calibration's local sensitivity
 * matrix, by central differences around the baseline's values, scaled so that targets with
 * different tolerances and parameters with different ranges compare (the page's heat map).
 *
 * Cost: 2 runs per parameter to the last target year (about 0.3 ms each).
 *
 * @param engine the engine bound to its data (its baseline values are the centre)
 * @param bounds search box by parameter id (CalibrationResult.bounds, or data/calibration.json's)
 * @param facts the seed figures
 * @param targets the targets, each naming a fact
 * @returns one row per target and parameter, targets outer
 * @throws RangeError if a target names no fact, a parameter is unknown, or a box is empty
 * @example targetSensitivity(engine, {adoption_initial: [0.02, 0.05]}, data.facts, data.targets)[0] // {target: "providers-national", ...}
 */
export function targetSensitivity(engine: Engine, bounds: Record<string, readonly [number, number]>, facts: readonly FactSpec[], targets: readonly TargetSpec[]): TargetSensitivity[] {
  const figures = targets.map((t, i) => {
    const fact = facts.find((f) => f.id === t.fact);
    if (!fact) throw new RangeError(`targets[${i}].fact names no seed figure: "${t.fact}"`);
    return fact.value;
  });
  const scenario = engine.resolve("baseline");
  const compiled = engine.compile(engine.derive(scenario, {time: {from: firstYear, to: lastTargetYear(targets)}}));
  const ids = Object.keys(bounds);
  const effects = ids.map((id) => {
    const centre = scenario.parameters[id];
    if (centre === undefined) throw new RangeError(`targetSensitivity: bounds names unknown parameter "${id}"`);
    const [lower, upper] = bounds[id];
    if (!(upper > lower)) throw new RangeError(`targetSensitivity: the box of "${id}" must have lower < upper, got [${lower}, ${upper}]`);
    // A tenth of the box, split around the centre and kept inside the box.
    const half = (upper - lower) / 20;
    const down = Math.max(lower, centre - half);
    const up = Math.min(upper, centre + half);
    const low = compiled.run({[id]: down});
    const high = compiled.run({[id]: up});
    const perTenth = (upper - lower) / 10 / (up - down);
    return targets.map((t, j) => {
      const scale = t.tolerance > 0 ? t.tolerance : 0.01;
      return ((readTarget(high, t) - readTarget(low, t)) / figures[j] / scale) * perTenth;
    });
  });
  return targets.flatMap((t, j) => {
    const total = ids.reduce((sum, _, p) => sum + Math.abs(effects[p][j]), 0);
    return ids.map((parameter, p) => ({target: t.fact, parameter, tolerances: effects[p][j], share: total > 0 ? Math.abs(effects[p][j]) / total : 0}));
  });
}
