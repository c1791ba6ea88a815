import {compareGoal} from "./compareGoal.js";
import type {AnnualSeries, Goal, GoalEvaluation} from "./goal.js";

/**
 * Evaluates a parsed goal on annual aggregates (a Projection's `annual`, or any reused
 * `{years, series}` view, so Monte Carlo and optimisers can call it per run without allocating
 * beyond the small result object).
 * Cost: O(to - from + 1).
 *
 * @param goal a goal from `parseGoal`
 * @param annual calendar years and one value per year per output
 * @returns the aggregated value, whether the goal is met, and the slack (positive when met)
 * @throws RangeError if the output is missing or the goal's years are outside `annual.years`
 * @example
 * evaluateGoal(parseGoal("market_bn_rmb@2024 >= 10"), {years: [2023, 2024], series: {market_bn_rmb: [5, 12]}})
 * // => {value: 12, met: true, slack: 2}
 */
export function evaluateGoal(goal: Goal, annual: AnnualSeries): GoalEvaluation {
  const series = annual.series[goal.output];
  if (series === undefined) throw new RangeError(`evaluateGoal: "${goal.text}" reads output ${goal.output}, which the projection lacks`);
  const first = annual.years[0];
  const start = goal.from - first;
  const end = goal.to - first;
  if (start < 0 || end >= annual.years.length) {
    throw new RangeError(`evaluateGoal: "${goal.text}" needs years ${goal.from} to ${goal.to}, the projection has ${first} to ${first + annual.years.length - 1}`);
  }
  let value = series[start];
  for (let i = start + 1; i <= end; i++) {
    const x = series[i];
    if (goal.aggregate === "min") value = x < value ? x : value;
    else if (goal.aggregate === "max") value = x > value ? x : value;
    else value += x;
  }
  if (goal.aggregate === "mean") value /= end - start + 1;
  return compareGoal(goal, value);
}
