import {describe, expect, it} from "vitest";
import {type OutputId, simulate} from "../../src/index.js";
import {headlineOutputs as headline} from "../../src/index.js";

// MODEL.md: halving the step changes the headline outputs by less than 1%.
// Compared per year, relative to the output's largest annual value, so an output crossing zero
// is judged on its scale rather than on a near-zero denominator. A compute gap is the small
// difference of two large numbers (demand - supply): it is judged relative to the demand it is
// part of, since any error in either is magnified in it (and it reaches zero).
const scaleOf: Partial<Record<OutputId, OutputId>> = {compute_gap_pflops: "compute_demand_pflops", compute_gap_beijing_pflops: "compute_demand_beijing_pflops"};

function largestChange(a: Float64Array, b: Float64Array, scaleSeries = a): number {
  const scale = Math.max(...Array.from(scaleSeries, Math.abs));
  let worst = 0;
  for (let y = 0; y < a.length; y++) worst = Math.max(worst, Math.abs(a[y] - b[y]) / scale);
  return worst;
}

describe("halving the step (RK4, the default: 12 -> 24 steps a year)", () => {
  const a = simulate("baseline");
  const b = simulate("baseline", {stepsPerYear: 24});
  it.each(headline)("%s changes by less than 1%", (id) => {
    expect(largestChange(a.annual.series[id], b.annual.series[id], a.annual.series[scaleOf[id] ?? id])).toBeLessThan(0.01);
  });
  it.each(headline)("%s changes by less than 1% of its own peak", (id) => {
    expect(largestChange(a.annual.series[id], b.annual.series[id])).toBeLessThan(0.01);
  });
});

describe("Euler converges to the same path", () => {
  it("its error against RK4 falls as its step shrinks (first order: about halving with the step)", () => {
    const reference = simulate("baseline", {stepsPerYear: 24});
    const euler = (perYear: number) => simulate({version: 1, extends: "baseline", time: {method: "euler"}}, {stepsPerYear: perYear});
    const [monthly, weekly] = [euler(12), euler(48)];
    for (const id of ["market_bn_rmb", "providers_total", "quality_index"] as const) {
      const coarse = largestChange(monthly.annual.series[id], reference.annual.series[id]);
      const fine = largestChange(weekly.annual.series[id], reference.annual.series[id]);
      expect(fine, id).toBeLessThan(coarse / 2.5);
    }
  });
});
