import {stepsPerYearOf} from "../core/grid.js";
import type {ScenarioInput} from "../declarations.js";
import type {Goal} from "../goals/goal.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import type {Engine} from "../simulate.js";
import {requireList} from "../scenario/requireList.js";
import {requireObject} from "../scenario/requireObject.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {SamplePlan} from "./samplePlan.js";
import {maximumExactValues} from "./sketchesQuantiles.js";
import {sampleParameters} from "./sampleParameters.js";
import {type UncertainParameter, uncertainParameters} from "./uncertainParameters.js";

/** Draws a Monte Carlo design: `sampleParameters`, or a drawer sharing the work between threads with the same result. */
export type DrawDesign = (parameters: readonly UncertainParameter[], runs: number, seed: number) => Float32Array;

/** The default quantile probabilities of Monte Carlo bands. */
export const defaultQuantiles: readonly number[] = [0.05, 0.25, 0.5, 0.75, 0.95];

/** The most runs one batch may hold. */
export const maximumRuns = 1_000_000;

/**
 * The most values (runs × recorded columns) a batch kept whole may hold, 800 MB of doubles:
 * `runSamples` refuses more. A Monte Carlo keeps at most `maximumExactValues` and sketches
 * larger batches, so it is never refused for its size.
 */
export const maximumValues = 100_000_000;

/**
 * The most values one run may record (outputs × time points + goals): every output of the model
 * at every monthly step. A sketched batch takes about 34 KB per recorded value and thread.
 */
export const maximumColumns = 16_384;

/** What a Monte Carlo analysis asks for. */
export interface MonteCarloOptions {
  /** The scenario whose uncertainty is sampled: preset id, scenario object or resolved scenario. */
  scenario: ScenarioInput | ResolvedScenario | string;
  /** Number of runs, integer in [1, 1000000]. */
  runs: number;
  /** Seed of the Latin hypercube, integer in [0, 4294967295]. */
  seed: number;
  /** Outputs to band (default every output; each costs runs × time points × 8 bytes). */
  outputs?: readonly string[];
  /** Band annual aggregates (one value per year) instead of every save point. Default false. */
  annual?: boolean;
  /** Quantile probabilities, strictly increasing in [0, 1]. Default 0.05, 0.25, 0.5, 0.75, 0.95. */
  quantiles?: readonly number[];
  /** Targets whose probability is estimated (see `parseGoal`). */
  goals?: readonly Goal[];
  /**
   * The most series values (runs × outputs × time points) kept to band exactly; a larger batch is
   * banded from quantile sketches (see `sketchesQuantiles`). Integer >= 0, default
   * `maximumExactValues` (2^25, 256 MiB).
   */
  exactValues?: number;
}

/** A validated Monte Carlo: the plan every worker runs, plus what summarising needs. */
export interface MonteCarloPlan {
  plan: SamplePlan;
  scenario: ResolvedScenario;
  runs: number;
  seed: number;
  quantiles: readonly number[];
  /** The most series values kept to band exactly (see MonteCarloOptions.exactValues); default maximumExactValues. */
  exactValues?: number;
}

/**
 * Validates a Monte Carlo request and draws its whole design from the seed, in one place, before
 * any run: every parameter with a prior (except those the scenario sets) is sampled by Latin
 * hypercube, straight into shared memory. Workers only ever receive rows of this design.
 * Cost: O(runs · parameters) to sample (about 4 s and 8 bytes a value for a million runs of 64
 * parameters).
 *
 * @param engine the engine bound to its data
 * @param options runs, seed, scenario, outputs, quantiles, goals
 * @param draw draws the design (default `sampleParameters`; Node's `sampleParametersOnThreads`
 *   draws the same design on the worker threads)
 * @returns the plan and its settings
 * @throws ScenarioError naming the field: an invalid scenario, options that are not an object, runs,
 *   seed or quantiles out of range, an unknown output, or more than `maximumColumns` values per run
 * @example planMonteCarlo(engine, {scenario: "baseline", runs: 1000, seed: 1, annual: true}).plan.design.length // 1000 × 62
 */
export function planMonteCarlo(engine: Engine, options: MonteCarloOptions, draw: DrawDesign = sampleParameters): MonteCarloPlan {
  requireObject(options, "options");
  const {runs, seed} = options;
  if (!Number.isInteger(runs) || runs < 1 || runs > maximumRuns) throw new ScenarioError("runs", `must be an integer between 1 and ${maximumRuns}, got ${runs}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ScenarioError("seed", `must be an integer between 0 and 4294967295, got ${seed}`);
  const quantiles = requireList(options.quantiles ?? defaultQuantiles, "quantiles");
  if (quantiles.length === 0) throw new ScenarioError("quantiles", "must list at least one probability, got none");
  quantiles.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new ScenarioError("quantiles", `must be numbers between 0 and 1, got ${p}`);
    if (i > 0 && !(p > quantiles[i - 1])) throw new ScenarioError("quantiles", `must be strictly increasing, got ${quantiles[i - 1]} then ${p}`);
  });
  const exactValues = options.exactValues ?? maximumExactValues;
  if (!Number.isInteger(exactValues) || exactValues < 0) throw new ScenarioError("exactValues", `must be an integer >= 0, got ${exactValues}`);
  const outputs = requireList(options.outputs ?? engine.outputs.map((o) => o.id), "outputs");
  for (const id of outputs) if (!engine.structure.outputIndex.has(id)) throw new ScenarioError("outputs", `names unknown output "${id}"`);
  const scenario = engine.resolve(options.scenario);
  const prepared = engine.prepare(scenario);
  const annual = options.annual ?? false;
  const perYear = stepsPerYearOf[scenario.time.step];
  const points = annual ? scenario.time.to - scenario.time.from + 1 : (scenario.time.to + 1 - scenario.time.from) * perYear + 1;
  const goals = requireList(options.goals ?? [], "goals");
  const columns = outputs.length * points + goals.length;
  if (columns > maximumColumns) {
    throw new ScenarioError(
      "outputs",
      `× time points + goals must be at most ${maximumColumns.toLocaleString("en")} values per run, got ${outputs.length} × ${points} + ${goals.length}; band fewer outputs or annual values`
    );
  }
  const uncertain = uncertainParameters(engine.data.parameters, scenario.changed.parameters);
  const design = draw(uncertain, runs, seed);
  if (design.length !== runs * uncertain.length) throw new RangeError(`planMonteCarlo: the design must hold runs × parameters = ${runs * uncertain.length} numbers, got ${design.length}`);
  return {
    plan: {scenario: prepared, parameters: uncertain.map((p) => p.id), design, outputs, annual, goals},
    scenario,
    runs,
    seed,
    quantiles,
    exactValues
  };
}
