import type {FactSpec, TargetSpec} from "../declarations.js";
import {createRandom} from "../random/createRandom.js";
import type {Engine} from "../simulate.js";
import type {MonteCarloPlan} from "../uncertainty/planMonteCarlo.js";
import {filterSamples, type SampleFilter, type SampleFilterOptions} from "./filterSamples.js";
import {sampleTargetValues} from "./sampleTargetValues.js";

/** A Monte Carlo plan reduced to the draws consistent with the targets. */
export interface CalibratedPlan {
  /** The plan to run: the kept rows (rejection) or rows resampled by weight (importance). */
  plan: MonteCarloPlan;
  /** How each drawn row fared against the targets. */
  filter: SampleFilter;
  /** Rows drawn before filtering. */
  drawn: number;
}

/**
 * **Calibrated Monte Carlo**: keeps the rows of a Monte Carlo design that reproduce the seed
 * figures (filterSamples on each row's target values), so bands computed from the result pass
 * through the figures. Rejection keeps the consistent rows themselves; importance resamples
 * `runs` rows in proportion to their weights by systematic resampling (Kitagawa 1996,
 * https://doi.org/10.1080/10618600.1996.10474692), seeded by the plan's seed (stream 1), so the
 * result stays reproducible and the usual unweighted bands apply.
 *
 * Cost: one run per row to the last target year (sampleTargetValues), plus filterSamples.
 *
 * @param engine the engine bound to its data
 * @param plan a plan from planMonteCarlo
 * @param facts the seed figures
 * @param targets the calibration targets, each naming a fact
 * @param options filterSamples' method, k and minKept
 * @returns the reduced plan, the filter and the number of rows drawn
 * @throws RangeError if a target names no fact, or no row is consistent with the targets (names k)
 * @example calibrateMonteCarloPlan(engine, planMonteCarlo(engine, {scenario: "baseline", runs: 2000, seed: 1}), data.facts, data.targets,
 *   {method: "rejection", k: 1, minKept: 100}).plan.runs // >= 100
 */
export function calibrateMonteCarloPlan(engine: Engine, plan: MonteCarloPlan, facts: readonly FactSpec[], targets: readonly TargetSpec[], options: SampleFilterOptions): CalibratedPlan {
  const figures = targets.map((t, i) => {
    const fact = facts.find((f) => f.id === t.fact);
    if (!fact) throw new RangeError(`targets[${i}].fact names no seed figure: "${t.fact}"`);
    return fact.value;
  });
  const {parameters, design} = plan.plan;
  const values = sampleTargetValues(engine, plan.scenario, parameters, design, targets);
  const filter = filterSamples(values, plan.runs, figures, targets, options);
  if (filter.kept.length === 0) {
    throw new RangeError(`no Monte Carlo run reproduces every target within k = ${filter.k} tolerances; raise k or ask for a minimum number kept`);
  }
  const rows = options.method === "rejection" ? filter.kept : systematicResample(filter.weights, plan.runs, createRandom(plan.seed, 1)());
  const k = parameters.length;
  const kept = new Float64Array(rows.length * k);
  rows.forEach((row, i) => kept.set(design.subarray(row * k, row * k + k), i * k));
  return {plan: {...plan, runs: rows.length, plan: {...plan.plan, design: kept}}, filter, drawn: plan.runs};
}

/** Indices drawn by systematic resampling: one uniform offset, `count` evenly spaced points on the weights' CDF. */
function systematicResample(weights: Float64Array, count: number, offset: number): Int32Array {
  const rows = new Int32Array(count);
  let cumulative = weights[0];
  let row = 0;
  for (let i = 0; i < count; i++) {
    const point = (i + offset) / count;
    while (point > cumulative && row < weights.length - 1) cumulative += weights[++row];
    rows[i] = row;
  }
  return rows;
}
