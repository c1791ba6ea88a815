import {readTarget} from "../analysis/readTarget.js";
import type {TargetSpec} from "../declarations.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {firstYear} from "../scenario/schema.js";
import type {Engine} from "../simulate.js";
import {lastTargetYear} from "./lastTargetYear.js";

/**
 * The calibration targets' values in each row of a Monte Carlo design: one run per row, stopped
 * at the last year a target reads (the integration is causal, so the values equal those of the
 * full run), read with readTarget.
 *
 * Cost: runs model runs to the last target year (about 0.3 ms each to 2025, monthly).
 *
 * @param engine the engine bound to its data
 * @param scenario the resolved scenario the design perturbs
 * @param parameters ids of the design's columns
 * @param design row-major runs × parameters (planMonteCarlo's design)
 * @param targets the targets to read
 * @returns column-major runs × targets: run r of target j at `j * runs + r` (filterSamples' input)
 * @throws RangeError if the design's length is not a positive multiple of the parameter count
 * @throws RangeError if targets is empty (lastTargetYear)
 * @throws Error if a target names an output the model lacks (readTarget)
 * @example sampleTargetValues(engine, engine.resolve("baseline"), ["adoption_initial"], Float64Array.of(0.03, 0.04), data.targets).length // 2 × 9
 */
export function sampleTargetValues(engine: Engine, scenario: ResolvedScenario, parameters: readonly string[], design: Float64Array, targets: readonly TargetSpec[]): Float64Array {
  const k = parameters.length;
  if (k === 0 || design.length === 0 || design.length % k !== 0) {
    throw new RangeError(`sampleTargetValues: design length must be a positive multiple of the parameter count (${k}), got ${design.length}`);
  }
  const runs = design.length / k;
  // From 2023, whatever the scenario reports, since targets read 2023; to the last target year.
  const compiled = engine.compile(engine.derive(scenario, {time: {from: firstYear, to: lastTargetYear(targets)}}));
  const values = new Float64Array(runs * targets.length);
  const overrides: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    for (let j = 0; j < k; j++) overrides[parameters[j]] = design[r * k + j];
    const projection = compiled.run(overrides);
    for (let t = 0; t < targets.length; t++) values[t * runs + r] = readTarget(projection, targets[t]);
  }
  return values;
}
