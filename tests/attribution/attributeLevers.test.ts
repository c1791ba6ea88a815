import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {engine, simulate} from "../../src/index.js";
import {attributeLevers} from "../../src/engine/attribution/attributeLevers.js";

function expectPartsToAddUp(result: ReturnType<typeof attributeLevers>) {
  for (let i = 0; i < result.years.length; i++) {
    const parts = result.levers.reduce((s, l) => s + l.contribution[i], 0) + result.interaction[i];
    expect(Math.abs(parts - result.total[i])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(result.total[i])));
  }
}

describe("attributeLevers", () => {
  it("splits compute-push's change in the Beijing gap over its three levers, exactly", () => {
    const result = attributeLevers(engine, {scenario: "compute-push", output: "compute_gap_beijing_pflops"});
    expect(result.levers.map((l) => l.lever)).toEqual(["compute_subsidy", "public_compute", "domestic_accelerators"]);
    expectPartsToAddUp(result);
    const scenario = simulate("compute-push").annual.series.compute_gap_beijing_pflops;
    const baseline = simulate("baseline").annual.series.compute_gap_beijing_pflops;
    result.years.forEach((_, i) => expect(result.total[i]).toBe(scenario[i] - baseline[i]));
    // More public compute never widens the gap, alone or last.
    const publicCompute = result.levers[1];
    for (let i = 0; i < result.years.length; i++) expect(publicCompute.contribution[i]).toBeLessThanOrEqual(1e-9);
    // Each costed lever costs more than at baseline once it is raised.
    for (const lever of result.levers) {
      expect(lever.costOutput).toBe(`fiscal_cost_${lever.lever}_bn_rmb`);
      expect(lever.cost[3]).toBeGreaterThan(0);
    }
  });

  it("gives a single lever the whole change and no interaction", () => {
    const result = attributeLevers(engine, {scenario: "export-tightening", output: "compute_gap_pflops"});
    expect(result.levers.map((l) => l.lever)).toEqual(["export_controls"]);
    const [lever] = result.levers;
    expect(Array.from(lever.alone)).toEqual(Array.from(result.total));
    expect(Array.from(lever.last)).toEqual(Array.from(result.total));
    for (const x of result.interaction) expect(Math.abs(x)).toBeLessThanOrEqual(1e-9 * Math.max(1, ...Array.from(result.total, Math.abs)));
    expect(lever.costOutput).toBeNull();
    expect(Array.from(lever.cost).every((c) => c === 0)).toBe(true);
  });

  it("finds nothing to attribute between a scenario and itself", () => {
    const result = attributeLevers(engine, {scenario: "beijing-plan", baseline: "beijing-plan", output: "market_bn_rmb"});
    expect(result.levers).toEqual([]);
    expect(Array.from(result.total).every((x) => x === 0)).toBe(true);
  });

  it("adds up exactly for any mix of lever changes", () => {
    const specs = engine.data.levers;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({min: 0, max: specs.length - 1}), {minLength: 1, maxLength: 4}),
        fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 4, maxLength: 4}),
        fc.constantFrom("market_bn_rmb", "compute_gap_beijing_pflops", "providers_beijing", "fiscal_cost_bn_rmb"),
        (picked, fractions, output) => {
          const levers = Object.fromEntries(picked.map((i, j) => [specs[i].id, specs[i].min + fractions[j] * (specs[i].max - specs[i].min)]));
          const result = attributeLevers(engine, {scenario: {version: 1, extends: "baseline", levers, time: {step: "quarter", to: 2030}}, output});
          expectPartsToAddUp(result);
        }
      ),
      {numRuns: 15, seed: 4}
    );
  });

  it("rejects an unknown output", () => {
    expect(() => attributeLevers(engine, {scenario: "compute-push", output: "nope"})).toThrow('output names unknown output "nope"');
  });
});
