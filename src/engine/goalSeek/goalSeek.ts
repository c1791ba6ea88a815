import {createGrid, evaluationTimes} from "../core/grid.js";
import type {LeverSpec, ScenarioInput} from "../declarations.js";
import {compareGoal} from "../goals/compareGoal.js";
import type {Goal, GoalEvaluation} from "../goals/goal.js";
import {minimizeWithConstraints} from "../optimize/minimizeWithConstraints.js";
import {sampleLever} from "../scenario/sampleLever.js";
import {requireList} from "../scenario/requireList.js";
import {requireObject} from "../scenario/requireObject.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import {firstYear} from "../scenario/schema.js";
import type {Engine} from "../simulate.js";
import {createSampleRunner} from "../uncertainty/createSampleRunner.js";
import {leverFrom} from "./leverFrom.js";

/** What {@link goalSeek} is asked: goals to meet, levers to move, an output to minimise. */
export interface GoalSeekOptions {
  /** Goals from parseGoal, at least one; all must hold. */
  goals: Goal[];
  /** Lever ids to choose, at least one; every other lever keeps the scenario's value. */
  levers: string[];
  /** Output whose annual values are summed over the horizon and minimised, e.g. "fiscal_cost_bn_rmb". */
  objective: string;
  /** Upper bound on the objective's total over the horizon; none by default. */
  budget?: number;
  /** The scenario the levers are chosen in; default "baseline". Its time.to is kept in the answer. */
  scenario?: ScenarioInput | string;
  /**
   * Last year of the objective's sum (the sum starts in 2023, when the levers start to act);
   * default the last year any goal reads. At least that year.
   */
  horizonEnd?: number;
  /**
   * First year of the chosen values, a whole year from 2023 to the last goal year: before it every
   * lever keeps the scenario's value (policy cannot change the past). Default 2023: constant
   * throughout.
   */
  startYear?: number;
  /** Seed of the optimiser's random starting points; default 1. */
  seed?: number;
  /** Called every 200 model runs with the run count (the site's progress bar). */
  onProgress?: (evaluations: number) => void;
}

/** A goal with the value a lever mix achieves. */
export interface GoalOutcome extends GoalEvaluation {
  goal: Goal;
}

/** What {@link goalSeek} found. */
export interface GoalSeekResult {
  /** True when the lever mix meets every goal (and the budget). */
  feasible: boolean;
  /** The chosen value of each lever from the start year on, by id: the cheapest feasible mix, or the least infeasible one. */
  levers: Record<string, number>;
  /** First year of the chosen values. */
  startYear: number;
  /** The objective summed over [2023, horizonEnd] for that mix. */
  cost: number;
  /** First and last year of the objective's sum. */
  horizon: [number, number];
  /** Each goal at that mix. */
  goals: GoalOutcome[];
  /** The budget and whether the mix is within it, when a budget was given. */
  budget?: {limit: number; met: boolean};
  /** Cost and goals in the scenario as given, for comparison. */
  start: {cost: number; goals: GoalOutcome[]};
  /** The answer as a scenario: the given one with the chosen levers (accepted by `shapan run --scenario`). */
  scenario: ScenarioInput;
  /** Model runs. */
  evaluations: number;
}

/**
 * **Goal seek**: the cheapest constant values of chosen levers (from a start year, before which
 * they keep the scenario's values), within their declared ranges, that meet every goal.
 * Minimises the objective output's annual values summed from 2023 to the horizon subject to each
 * goal (and the budget) with minimizeWithConstraints (exact ℓ1 penalty over
 * Nelder–Mead from the scenario's values, the box centre, the corners for up to three levers, and
 * two seeded random points). Levers are searched in the normalised box [0, 1]^n; the objective is
 * divided by its value in the given scenario and each goal's slack by max(|threshold|, |value in
 * the given scenario|), so penalties weigh alike. When no mix meets the goals, the result is the mix
 * with the smallest worst normalised violation, and `feasible` is false.
 *
 * Chosen values are rounded to a millionth of each lever's range when the rounded mix stays
 * feasible; cost and goals are evaluated at the values written into the scenario.
 *
 * Each evaluation runs the model to the horizon and records only what the search reads: the
 * objective's annual values and each goal's value (`createSampleRunner`); only the chosen levers
 * are sampled again, the others are the scenario's, sampled once.
 *
 * Cost: typically 2 000–10 000 model runs, each to the last year needed (about 30 µs to 2024, a
 * run plus copying the levers into the model).
 *
 * @param engine the engine bound to its data
 * @param options goals, levers, objective, budget, scenario, horizon, start year, seed, progress
 * @returns the mix, its cost, each goal's value, feasibility and the answer scenario
 * @throws ScenarioError naming the field: no goals, unknown or repeated lever, unknown objective
 *   output, a budget, horizon or start year out of range, a goal outside the scenario's years, a
 *   chosen lever given as a formula in the scenario when a start year is set
 * @example
 * goalSeek(engine, {goals: [parseGoal("compute_gap_beijing_pflops@2024 <= 0")],
 *   levers: ["compute_subsidy", "public_compute"], objective: "fiscal_cost_bn_rmb"}).feasible // true
 */
export function goalSeek(engine: Engine, options: GoalSeekOptions): GoalSeekResult {
  requireObject(options, "options");
  const {objective, budget} = options;
  const goals = requireList(options.goals, "goals");
  requireList(options.levers, "levers");
  if (goals.length === 0) throw new ScenarioError("goals", "must hold at least one goal");
  if (options.levers.length === 0) throw new ScenarioError("levers", `must name at least one lever; levers are ${engine.data.levers.map((l) => l.id).join(", ")}`);
  const specs: LeverSpec[] = options.levers.map((id, i) => {
    const spec = engine.data.levers.find((l) => l.id === id);
    if (!spec) throw new ScenarioError("levers", `names unknown lever "${id}"; levers are ${engine.data.levers.map((l) => l.id).join(", ")}`);
    if (options.levers.indexOf(id) !== i) throw new ScenarioError("levers", `names "${id}" twice`);
    return spec;
  });
  if (!engine.outputs.some((o) => o.id === objective)) throw new ScenarioError("objective", `names unknown output "${objective}"; run \`shapan outputs\` for the list`);
  if (budget !== undefined && !Number.isFinite(budget)) throw new ScenarioError("budget", `must be a finite number, got ${budget}`);

  const input = options.scenario ?? "baseline";
  const base = engine.resolve(input);
  const lastGoalYear = Math.max(...goals.map((g) => g.to));
  const startYear = options.startYear ?? firstYear;
  if (!Number.isInteger(startYear) || startYear < firstYear || startYear > lastGoalYear) {
    throw new ScenarioError("startYear", `must be a whole year from ${firstYear} to ${lastGoalYear} (the last goal year), got ${startYear}`);
  }
  for (const goal of goals) {
    if (!engine.outputs.some((o) => o.id === goal.output)) throw new ScenarioError("goals", `"${goal.text}" names unknown output "${goal.output}"`);
    if (goal.to > base.time.to) throw new ScenarioError("goals", `"${goal.text}" reads ${goal.to}, after the scenario's last year ${base.time.to}`);
  }
  const horizonEnd = options.horizonEnd ?? lastGoalYear;
  if (!Number.isInteger(horizonEnd) || horizonEnd < lastGoalYear || horizonEnd > base.time.to) {
    throw new ScenarioError("horizon", `must be a whole year from ${lastGoalYear} (the last goal year) to ${base.time.to} (the scenario's last year), got ${horizonEnd}`);
  }

  // A formula a start year cannot cut fails here, before the search, not inside it.
  for (const spec of specs) leverFrom(base.levers[spec.id], startYear, spec.min, `levers.${spec.id}`);
  const n = specs.length;
  // Runs stop at the horizon (the integration is causal, so nothing read changes) and report
  // from 2023, where the objective's sum starts. Every other lever is sampled once, here.
  const prepared = engine.prepare(engine.derive(base, {time: {from: firstYear, to: horizonEnd}}));
  const instants = evaluationTimes(createGrid(firstYear, horizonEnd, prepared.stepsPerYear), base.time.method);
  const record = {parameters: [], design: new Float64Array(0), outputs: [objective], annual: true, goals};
  const years = horizonEnd - firstYear + 1;
  const row = new Float64Array(years + goals.length);
  let evaluations = 0;
  const evaluate = (values?: ArrayLike<number>) => {
    evaluations++;
    if (evaluations % 200 === 0) options.onProgress?.(evaluations);
    const levers = {...prepared.levers};
    if (values) {
      specs.forEach((spec, d) => {
        const field = `levers.${spec.id}`;
        levers[spec.id] = sampleLever(spec, leverFrom(base.levers[spec.id], startYear, values[d], field), instants, engine.formulas);
      });
    }
    createSampleRunner({...record, scenario: {...prepared, levers}}).run(undefined, row, 1, 0);
    let cost = 0;
    for (let y = 0; y < years; y++) cost += row[y];
    return {cost, goals: goals.map((goal, j) => ({goal, ...compareGoal(goal, row[years + j])}))};
  };

  const startValues = specs.map((spec) => {
    const value = base.levers[spec.id];
    return typeof value === "number" && value >= spec.min && value <= spec.max ? value : undefined;
  });
  const start = evaluate();
  const costScale = Math.abs(start.cost) > 1e-12 ? Math.abs(start.cost) : 1;
  const goalScales = goals.map((goal, j) => Math.max(Math.abs(goal.value), Math.abs(start.goals[j].value), 1e-9));
  const budgetScale = budget === undefined ? 1 : Math.max(Math.abs(budget), costScale);

  // minimizeWithConstraints calls f, then every g_j, on the same point: simulate once per point.
  const lastUnit = new Float64Array(n).fill(NaN);
  let last = start;
  const leverValues = new Float64Array(n);
  const at = (unit: Float64Array) => {
    let same = true;
    for (let d = 0; d < n; d++) if (unit[d] !== lastUnit[d]) same = false;
    if (!same) {
      lastUnit.set(unit);
      for (let d = 0; d < n; d++) leverValues[d] = specs[d].min + unit[d] * (specs[d].max - specs[d].min);
      last = evaluate(leverValues);
    }
    return last;
  };
  const constraints = goals.map((goal, j) => (unit: Float64Array) => {
    // Strict goals (< and >) need a little room so that "met" holds at the reported point.
    const margin = goal.operator === "<" || goal.operator === ">" ? 1e-6 : 0;
    return -at(unit).goals[j].slack / goalScales[j] + margin;
  });
  if (budget !== undefined) constraints.push((unit) => (at(unit).cost - budget) / budgetScale);
  const initial = startValues.every((v) => v !== undefined) ? specs.map((spec, d) => (startValues[d]! - spec.min) / (spec.max - spec.min)) : undefined;
  const found = minimizeWithConstraints(
    (unit) => at(unit).cost / costScale,
    constraints,
    {lower: new Float64Array(n), upper: new Float64Array(n).fill(1)},
    {
      initial,
      seed: options.seed ?? 1,
      // Exact feasibility: goals such as "gap <= 0" hold only where the gap is exactly 0, and a
      // point reported as feasible must meet evaluateGoal's test, not come within a tolerance of it.
      feasibilityTolerance: 0,
      nelderMead: {maxEvaluations: 1500}
    }
  );

  const exact = Array.from(found.x, (u, d) => specs[d].min + u * (specs[d].max - specs[d].min));
  const meets = (outcome: typeof start) => outcome.goals.every((g) => g.met) && (budget === undefined || outcome.cost <= budget);
  // Readable values: a millionth of each lever's range, rounded to nearest, else up, else down
  // (the optimum sits on a goal's boundary, so one direction may cross it); exact values if none
  // of the three keeps a feasible mix feasible.
  let chosen = exact;
  let outcome: typeof start | undefined;
  for (const round of [Math.round, Math.ceil, Math.floor]) {
    const candidate = exact.map((v, d) => {
      const grain = (specs[d].max - specs[d].min) * 1e-6;
      return Math.min(specs[d].max, Math.max(specs[d].min, Number((round(v / grain) * grain).toPrecision(12))));
    });
    const candidateOutcome = evaluate(candidate);
    if (!found.feasible || meets(candidateOutcome)) {
      chosen = candidate;
      outcome = candidateOutcome;
      break;
    }
  }
  outcome ??= evaluate(exact);
  const levers = Object.fromEntries(specs.map((spec, d) => [spec.id, chosen[d]]));
  const schedules = Object.fromEntries(specs.map((spec, d) => [spec.id, leverFrom(base.levers[spec.id], startYear, chosen[d], `levers.${spec.id}`)]));
  const feasible = meets(outcome);

  const scenario: ScenarioInput =
    typeof input === "string"
      ? {version: 1, name: `${input}-goal-seek`, extends: input, levers: schedules}
      : {...input, name: `${input.name ?? "scenario"}-goal-seek`, levers: {...input.levers, ...schedules}};
  scenario.description = describe(feasible, objective, outcome, horizonEnd, startYear);
  return {
    feasible,
    levers,
    startYear,
    cost: outcome.cost,
    horizon: [firstYear, horizonEnd],
    goals: outcome.goals,
    budget: budget === undefined ? undefined : {limit: budget, met: outcome.cost <= budget},
    start,
    scenario,
    evaluations
  };
}

function describe(feasible: boolean, objective: string, outcome: {cost: number; goals: GoalOutcome[]}, horizonEnd: number, startYear: number): string {
  const goals = outcome.goals.map((g) => `${g.goal.text}: ${g.value.toPrecision(4)} (${g.met ? "met" : "not met"})`).join("; ");
  const from = startYear > firstYear ? ` from ${startYear}` : "";
  return `${feasible ? `Cheapest lever mix${from} found by shapan optimize` : `Best lever mix${from} found by shapan optimize (the goals are not all met)`}: ${objective} summed ${firstYear}-${horizonEnd} = ${outcome.cost.toPrecision(6)}. ${goals}.`;
}
