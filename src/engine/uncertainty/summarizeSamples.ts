import {compareGoal} from "../goals/compareGoal.js";
import type {Goal, GoalEvaluation} from "../goals/goal.js";
import type {QuantileSketch} from "./createQuantileSketch.js";
import type {MonteCarloPlan} from "./planMonteCarlo.js";
import {quantileBands} from "./quantileBands.js";
import type {SampleLayout} from "./samplePlan.js";

/** A batch too large to keep (see `sketchesQuantiles`): its series sketched, its goal values kept. */
export interface SketchedSamples {
  /** Sketch of the series columns (outputs × time points). */
  sketch: QuantileSketch;
  /** Goal values, column-major runs × goals: run r of goal g at `g * runs + r`. */
  goals: Float64Array;
}

/** Bands of one output: the deterministic run and one series per quantile. */
export interface OutputBand {
  /** The scenario run with its own parameter values (no draw). */
  deterministic: Float64Array;
  /** quantiles[q][i]: quantile q (in the order of MonteCarloResult.quantiles) at time index i. */
  quantiles: Float64Array[];
}

/** A goal's Monte Carlo estimate. */
export interface GoalProbability {
  goal: Goal;
  /** Share of runs meeting the goal. */
  probability: number;
  /** The goal on the deterministic run. */
  deterministic: GoalEvaluation;
  /** Quantiles of the goal's aggregated value, in the order of MonteCarloResult.quantiles. */
  quantiles: Float64Array;
}

/** What `monteCarlo` (in-process) and the Node worker pool return. */
export interface MonteCarloResult {
  scenario: string;
  runs: number;
  seed: number;
  /** Ids of the sampled parameters. */
  parameters: string[];
  quantiles: number[];
  annual: boolean;
  /** Save points (decimal years) or, with annual, calendar years. */
  time: Float64Array;
  /**
   * How the bands were computed: "exact" from every value (selection, R type 7), or "sketch" from
   * streaming quantile sketches when the batch was too large to keep (see createQuantileSketch for
   * their accuracy). Goal probabilities and quantiles are always exact.
   */
  method: "exact" | "sketch";
  /** Bands by output id. */
  bands: Record<string, OutputBand>;
  goals: GoalProbability[];
}

/**
 * Turns a finished batch into bands and goal probabilities: from every value (a kept batch), or
 * from the sketch of its series and its kept goal values (a batch too large to keep).
 * Cost: that of `quantileBands` over every column (selection, O(runs) each), or of the sketch's
 * `quantiles`; plus O(runs) per goal.
 *
 * @param plan the validated Monte Carlo (from `planMonteCarlo`)
 * @param layout the batch's layout (from `createSampleRunner`)
 * @param samples the batch, column-major runs × columns; or its sketch and goal values
 * @param deterministic one row of `layout.columns` values: the scenario's own run
 * @returns bands per output and probabilities per goal
 * @throws RangeError if the samples or deterministic do not match the layout
 * @example summarizeSamples(plan, runner.layout, values, row).bands.market_bn_rmb.quantiles[2] // medians
 */
export function summarizeSamples(plan: MonteCarloPlan, layout: SampleLayout, samples: Float64Array | SketchedSamples, deterministic: Float64Array): MonteCarloResult {
  const {runs, columns, time} = layout;
  const G = plan.plan.goals.length;
  const first = columns - G;
  if (deterministic.length !== columns) throw new RangeError(`summarizeSamples: deterministic must hold ${columns} numbers, got ${deterministic.length}`);
  let series: Float64Array;
  let goalValues: Float64Array;
  if (samples instanceof Float64Array) {
    if (samples.length !== runs * columns) throw new RangeError(`summarizeSamples: values must hold runs × columns = ${runs * columns} numbers, got ${samples.length}`);
    series = quantileBands(samples.subarray(0, first * runs), runs, plan.quantiles);
    goalValues = samples.subarray(first * runs);
  } else {
    if (samples.sketch.columns !== first) throw new RangeError(`summarizeSamples: the sketch must hold the ${first} series columns, got ${samples.sketch.columns}`);
    if (samples.goals.length !== runs * G) throw new RangeError(`summarizeSamples: goals must hold runs × goals = ${runs * G} numbers, got ${samples.goals.length}`);
    series = samples.sketch.quantiles(plan.quantiles);
    goalValues = samples.goals;
  }
  const Q = plan.quantiles.length;
  const goalBands = G > 0 ? quantileBands(goalValues, runs, plan.quantiles) : new Float64Array(0);
  const T = time.length;
  const bands: Record<string, OutputBand> = {};
  plan.plan.outputs.forEach((id, o) => {
    const quantiles = Array.from({length: Q}, () => new Float64Array(T));
    for (let i = 0; i < T; i++) for (let q = 0; q < Q; q++) quantiles[q][i] = series[(o * T + i) * Q + q];
    bands[id] = {deterministic: deterministic.slice(o * T, (o + 1) * T), quantiles};
  });
  const goals = plan.plan.goals.map((goal, g) => {
    let met = 0;
    for (let r = 0; r < runs; r++) if (compareGoal(goal, goalValues[g * runs + r]).met) met++;
    return {
      goal,
      probability: met / runs,
      deterministic: compareGoal(goal, deterministic[first + g]),
      quantiles: goalBands.slice(g * Q, (g + 1) * Q)
    };
  });
  return {
    scenario: plan.scenario.name,
    runs,
    seed: plan.seed,
    parameters: [...plan.plan.parameters],
    quantiles: [...plan.quantiles],
    annual: plan.plan.annual,
    time,
    method: samples instanceof Float64Array ? "exact" : "sketch",
    bands,
    goals
  };
}
