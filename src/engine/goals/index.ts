export {parseGoal} from "./parseGoal.js";
export type {ParseGoalOptions} from "./parseGoal.js";
export {evaluateGoal} from "./evaluateGoal.js";
export {compareGoal} from "./compareGoal.js";
export type {AnnualSeries, Goal, GoalAggregate, GoalEvaluation, GoalOperator} from "./goal.js";
