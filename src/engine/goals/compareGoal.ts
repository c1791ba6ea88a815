import type {Goal, GoalEvaluation} from "./goal.js";

/**
 * Compares an already aggregated value with a goal's threshold (`evaluateGoal` aggregates first;
 * Monte Carlo stores one aggregated value per run and compares afterwards).
 * Cost: O(1).
 *
 * @param goal a goal from `parseGoal`
 * @param value the goal's aggregate of its output over its years
 * @returns the value, whether the goal is met, and the slack (positive on the good side)
 * @example compareGoal(parseGoal("market_bn_rmb@2030 >= 100"), 120) // => {value: 120, met: true, slack: 20}
 */
export function compareGoal(goal: Goal, value: number): GoalEvaluation {
  const below = goal.operator === "<=" || goal.operator === "<";
  const slack = below ? goal.value - value : value - goal.value;
  const met = goal.operator === "<=" || goal.operator === ">=" ? slack >= 0 : slack > 0;
  return {value, met, slack};
}
