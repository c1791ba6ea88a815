// Copy this file anywhere `shapan` is installed (or run it in the repo after `npm ci`):
//   node examples/compare-compute-policies.mjs
// It asks: how much of Beijing's compute gap in 2026 does each compute lever close, and at what
// fiscal cost?
import {simulate, levers} from "shapan";

const baseline = simulate("baseline");
const year = 2026;
const i = year - baseline.annual.years[0];
const gap = (p) => p.annual.series.compute_gap_beijing_pflops[i];
const cost = (p) => p.annual.series.fiscal_cost_bn_rmb[i];

console.log(`Beijing compute gap in ${year}, baseline: ${gap(baseline).toFixed(0)} P at ${cost(baseline).toFixed(1)} bn RMB a year`);
// Each lever at the value the compute-push preset gives it (the baseline: 30,000 P a year, 5%, 0.6).
for (const [lever, value] of [
  ["public_compute", 100000],
  ["compute_subsidy", 0.3],
  ["domestic_accelerators", 0.9]
]) {
  const spec = levers.find((l) => l.id === lever);
  const p = simulate({version: 1, extends: "baseline", levers: {[lever]: value}});
  const closed = gap(baseline) - gap(p);
  const extra = cost(p) - cost(baseline);
  console.log(`${spec.label.en.padEnd(26)} = ${String(value).padEnd(6)}: gap ${gap(p).toFixed(0).padStart(6)} P, closes ${closed.toFixed(0).padStart(6)} P for ${extra.toFixed(2)} bn RMB/yr more`);
}
