import {compareGoal} from "../goals/compareGoal.js";
import type {Goal, GoalEvaluation} from "../goals/goal.js";
import type {MonteCarloPlan} from "./planMonteCarlo.js";
import {quantileBands} from "./quantileBands.js";
import type {SampleLayout} from "./samplePlan.js";

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
  /** Bands by output id. */
  bands: Record<string, OutputBand>;
  goals: GoalProbability[];
}

/**
 * Turns a finished batch into bands and goal probabilities.
 * Cost: that of `quantileBands` over every column.
 *
 * @param plan the validated Monte Carlo (from `planMonteCarlo`)
 * @param layout the batch's layout (from `createSampleRunner`)
 * @param values the batch, column-major runs × columns
 * @param deterministic one row of `layout.columns` values: the scenario's own run
 * @returns bands per output and probabilities per goal
 * @throws RangeError if values or deterministic do not match the layout
 * @example summarizeSamples(plan, runner.layout, values, row).bands.market_bn_rmb.quantiles[2] // medians
 */
export function summarizeSamples(plan: MonteCarloPlan, layout: SampleLayout, values: Float64Array, deterministic: Float64Array): MonteCarloResult {
  const {runs, columns, time} = layout;
  if (values.length !== runs * columns) throw new RangeError(`summarizeSamples: values must hold runs × columns = ${runs * columns} numbers, got ${values.length}`);
  if (deterministic.length !== columns) throw new RangeError(`summarizeSamples: deterministic must hold ${columns} numbers, got ${deterministic.length}`);
  const Q = plan.quantiles.length;
  const bandsByColumn = quantileBands(values, runs, plan.quantiles);
  const T = time.length;
  const bands: Record<string, OutputBand> = {};
  plan.plan.outputs.forEach((id, o) => {
    const quantiles = Array.from({length: Q}, () => new Float64Array(T));
    for (let i = 0; i < T; i++) for (let q = 0; q < Q; q++) quantiles[q][i] = bandsByColumn[(o * T + i) * Q + q];
    bands[id] = {deterministic: deterministic.slice(o * T, (o + 1) * T), quantiles};
  });
  const first = plan.plan.outputs.length * T;
  const goals = plan.plan.goals.map((goal, g) => {
    const column = first + g;
    let met = 0;
    for (let r = 0; r < runs; r++) if (compareGoal(goal, values[column * runs + r]).met) met++;
    return {
      goal,
      probability: met / runs,
      deterministic: compareGoal(goal, deterministic[column]),
      quantiles: bandsByColumn.slice(column * Q, (column + 1) * Q)
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
    bands,
    goals
  };
}
