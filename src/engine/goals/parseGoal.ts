import {ScenarioError} from "../scenario/scenarioError.js";
import {describeValue} from "../scenario/describeValue.js";
import type {Goal, GoalAggregate, GoalOperator} from "./goal.js";

/** What `parseGoal` checks a goal against; both optional. */
export interface ParseGoalOptions {
  /** Known output ids: an unknown id is an error naming the id. */
  readonly outputs?: Iterable<string>;
  /** First and last simulated calendar years, inclusive: years outside are an error. */
  readonly years?: readonly [number, number];
  /** Field named in error messages (default "goal"), e.g. "--target". */
  readonly field?: string;
}

const number = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const single = new RegExp(String.raw`^([a-z][a-z0-9_]*)\s*@\s*(\d{4})\s*(<=|>=|<|>)\s*(${number})$`);
const ranged = new RegExp(String.raw`^(min|max|sum|mean)\s*\(\s*([a-z][a-z0-9_]*)\s*@\s*(\d{4})\s*(?:\.\.\s*(\d{4})\s*)?\)\s*(<=|>=|<|>)\s*(${number})$`);

/**
 * **Goal syntax**: parses a target on an output's annual aggregates, shared by `shapan mc
 * --target`, `shapan optimize` and the site. Two forms:
 * - `OUTPUT@YEAR OP VALUE`: the output's annual aggregate in YEAR,
 *   e.g. `compute_gap_beijing_pflops@2027 <= 0`, `market_bn_rmb@2030 >= 100`;
 * - `AGG(OUTPUT@FROM..TO) OP VALUE` with AGG one of min, max, sum, mean over the years FROM to TO
 *   inclusive, e.g. `max(compute_gap_pflops@2025..2030) <= 1000` (`AGG(OUTPUT@YEAR)` is one year).
 * OP is one of <=, >=, <, >; VALUE a decimal number (exponent allowed). Spaces are optional.
 * Cost: O(length of text), plus O(number of outputs) when `options.outputs` is given.
 *
 * @param text the goal as written
 * @param options known outputs and years to check against, and the field to name in errors
 * @returns the parsed goal
 * @throws ScenarioError naming the field if the text does not match either form, names an unknown
 *   output, has FROM > TO, or reaches outside the simulated years
 * @example
 * parseGoal("max(compute_gap_pflops@2025..2030) <= 1000")
 * // => {text: "max(compute_gap_pflops@2025..2030) <= 1000", output: "compute_gap_pflops",
 * //     aggregate: "max", from: 2025, to: 2030, operator: "<=", value: 1000}
 */
export function parseGoal(text: string, options: ParseGoalOptions = {}): Goal {
  const field = options.field ?? "goal";
  if (typeof text !== "string") throw new ScenarioError(field, `must be text, got ${describeValue(text)}`);
  const trimmed = text.trim();
  let goal: Goal;
  const one = single.exec(trimmed);
  const many = one ? null : ranged.exec(trimmed);
  if (one) {
    const year = Number(one[2]);
    goal = {text: trimmed, output: one[1], aggregate: "value", from: year, to: year, operator: one[3] as GoalOperator, value: Number(one[4])};
  } else if (many) {
    const from = Number(many[3]);
    const to = many[4] === undefined ? from : Number(many[4]);
    goal = {text: trimmed, output: many[2], aggregate: many[1] as GoalAggregate, from, to, operator: many[5] as GoalOperator, value: Number(many[6])};
  } else {
    throw new ScenarioError(
      field,
      `must read OUTPUT@YEAR OP VALUE or AGG(OUTPUT@FROM..TO) OP VALUE (AGG min, max, sum or mean; OP <=, >=, < or >), e.g. "market_bn_rmb@2030 >= 100", got "${trimmed}"`
    );
  }
  if (goal.from > goal.to) throw new ScenarioError(field, `year range must run forwards, got ${goal.from}..${goal.to} in "${trimmed}"`);
  if (options.outputs !== undefined) {
    const known = [...options.outputs];
    if (!known.includes(goal.output)) throw new ScenarioError(field, `names unknown output "${goal.output}" in "${trimmed}"; run \`shapan outputs\` for the list`);
  }
  if (options.years !== undefined) {
    const [first, last] = options.years;
    if (goal.from < first || goal.to > last) {
      throw new ScenarioError(field, `years must be between ${first} and ${last} (the simulated years), got ${goal.from === goal.to ? goal.from : `${goal.from}..${goal.to}`} in "${trimmed}"`);
    }
  }
  return goal;
}
