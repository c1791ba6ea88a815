// Copy this file anywhere `shapan` is installed (or run it in the repo after `npm ci`):
//   node examples/run-scenario.mjs
// It runs a preset and a scenario of one's own (a lever as points, another as a formula in t) and
// prints their market and Beijing compute gap year by year.
import {simulate} from "shapan";

const preset = simulate("beijing-plan");
const own = simulate({
  version: 1,
  extends: "baseline",
  levers: {
    export_controls: [
      [2023, 0.5],
      [2025, 0.95]
    ],
    compute_subsidy: "max(0.05, min(0.5, 0.05 + 0.1 * (t - 2024)))"
  },
  time: {to: 2030}
});

console.log("year   market (bn RMB)      Beijing gap (P)");
console.log("       plan      own        plan       own");
for (let y = 0; y < own.annual.years.length; y++) {
  const cell = (p, id, digits) => p.annual.series[id][y].toFixed(digits).padStart(9);
  console.log(
    `${own.annual.years[y]} ${cell(preset, "market_bn_rmb", 1)} ${cell(own, "market_bn_rmb", 1)} ${cell(preset, "compute_gap_beijing_pflops", 0)} ${cell(own, "compute_gap_beijing_pflops", 0)}`
  );
}
