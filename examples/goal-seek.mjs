// Copy this file anywhere `shapan` is installed (or run it in the repo after `npm ci`):
//   node examples/goal-seek.mjs
// It asks for the cheapest mix of compute vouchers and public compute, from 2024 on, that halves
// Beijing's compute gap of the baseline in 2026, and prints the mix, its fiscal cost and the goal.
import {engine, goalSeek, parseGoal, simulate} from "shapan";

const year = 2026;
const baseline = simulate("baseline").annual;
const gap = baseline.series.compute_gap_beijing_pflops[year - baseline.years[0]];
const goal = parseGoal(`compute_gap_beijing_pflops@${year} <= ${Math.round(gap / 2)}`);
const result = goalSeek(engine, {goals: [goal], levers: ["compute_subsidy", "public_compute"], objective: "fiscal_cost_bn_rmb", startYear: 2024});

console.log(`goal: ${goal.text} (the baseline has ${gap.toFixed(0)} P)`);
console.log(`${result.feasible ? "met" : "not met"} after ${result.evaluations} runs, from ${result.startYear} on:`);
for (const [lever, value] of Object.entries(result.levers)) console.log(`  ${lever} = ${value.toPrecision(3)}`);
console.log(`fiscal cost ${result.horizon.join("-")}: ${result.cost.toFixed(1)} bn RMB (scenario as given: ${result.start.cost.toFixed(1)})`);
for (const outcome of result.goals) console.log(`  ${outcome.goal.text}: ${outcome.value.toFixed(0)}`);
