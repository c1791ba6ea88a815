import {describe, expect, it} from "vitest";
import {simulate} from "../../src/index.js";
import {headlineOutputs as headline} from "../../src/index.js";

// MODEL.md: halving the step changes the headline outputs by less than 1%.
// Compared per year, relative to the output's largest annual value, so an output crossing zero
// is judged on its scale rather than on a near-zero denominator. A compute gap is the small
// difference of two large numbers (demand - supply): it is judged relative to the demand it is
// part of, since any error in either is magnified in it (and it reaches zero).
const scaleOf: Record<string, string> = {compute_gap_pflops: "compute_demand_pflops", compute_gap_beijing_pflops: "compute_demand_beijing_pflops"};

function largestChange(a: Float64Array, b: Float64Array, scaleSeries = a): number {
  const scale = Math.max(...Array.from(scaleSeries, Math.abs));
  let worst = 0;
  for (let y = 0; y < a.length; y++) worst = Math.max(worst, Math.abs(a[y] - b[y]) / scale);
  return worst;
}

describe.each([
  ["euler", 12, 24],
  ["rk4", 12, 24],
  ["rk4", 4, 8]
] as const)("halving the step (%s, %i -> %i steps a year)", (method, coarse, fine) => {
  const scenario = {version: 1 as const, extends: "baseline", time: {method}};
  const a = simulate(scenario, {stepsPerYear: coarse});
  const b = simulate(scenario, {stepsPerYear: fine});
  it.each(headline)("%s changes by less than 1%", (id) => {
    expect(largestChange(a.annual.series[id], b.annual.series[id], a.annual.series[scaleOf[id] ?? id])).toBeLessThan(0.01);
  });
  if (method === "rk4") {
    it.each(headline)("%s changes by less than 1% of its own peak", (id) => {
      expect(largestChange(a.annual.series[id], b.annual.series[id])).toBeLessThan(0.01);
    });
  }
});

describe("RK4 and Euler agree", () => {
  it("monthly runs agree within 2% on the headline outputs", () => {
    const euler = simulate("baseline");
    const rk4 = simulate({version: 1, extends: "baseline", time: {method: "rk4"}});
    for (const id of headline) expect(largestChange(euler.annual.series[id], rk4.annual.series[id], euler.annual.series[scaleOf[id] ?? id]), id).toBeLessThan(0.02);
  });
});
