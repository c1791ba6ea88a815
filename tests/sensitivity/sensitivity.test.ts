import {describe, expect, it} from "vitest";
import {engine, simulate} from "../../src/index.js";
import {planOutputYear} from "../../src/engine/sensitivity/planOutputYear.js";
import {planSobol} from "../../src/engine/sensitivity/planSobol.js";
import {sobolSensitivity} from "../../src/engine/sensitivity/sobolSensitivity.js";
import {tornado} from "../../src/engine/sensitivity/tornado.js";
import {createSampleRunner} from "../../src/engine/uncertainty/createSampleRunner.js";

// The estimators themselves are checked against the Ishigami function's analytic indices in
// tests/analysis/sobolIndices.test.ts; here, their use on the model.

describe("tornado", () => {
  const result = tornado(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2030});

  it("has one bar per uncertain parameter, largest swing first, around the deterministic value", () => {
    expect(result.bars.length).toBe(engine.data.parameters.filter((p) => p.prior).length);
    for (let i = 1; i < result.bars.length; i++) expect(result.bars[i].swing).toBeLessThanOrEqual(result.bars[i - 1].swing);
    expect(result.base).toBe(simulate("baseline").annual.series.market_bn_rmb[2030 - 2023]);
  });

  it("moves the market up with its potential", () => {
    const potential = result.bars.find((b) => b.parameter === "market_potential_bn_rmb")!;
    expect(potential.outputHigh).toBeGreaterThan(result.base);
    expect(potential.outputLow).toBeLessThan(result.base);
  });

  it("rejects unknown outputs and years outside the run", () => {
    expect(() => planOutputYear(engine, {scenario: "baseline", output: "nope", year: 2030})).toThrow('output names unknown output "nope"');
    expect(() => planOutputYear(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2040})).toThrow("year must be a whole year between 2023 and 2035 (the simulated years), got 2040");
  });
});

describe("Sobol indices on the model", () => {
  it("are shares of variance: in [0, 1] up to noise, first <= total up to noise, first-order sum <= 1", () => {
    const sobol = planSobol(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2027, samples: 48, seed: 2});
    const runner = createSampleRunner(sobol.plan);
    expect(runner.layout.runs).toBe((sobol.parameters.length + 2) * 48);
    const values = new Float64Array(runner.layout.runs * runner.layout.columns);
    for (let r = 0; r < runner.layout.runs; r++) runner.runRow(r, values);
    const result = sobolSensitivity(sobol, values, 2);
    expect(result.variance).toBeGreaterThan(0);
    for (const bar of result.bars) {
      expect(bar.first, bar.parameter).toBeGreaterThan(-0.25);
      expect(bar.total, bar.parameter).toBeGreaterThanOrEqual(0);
      expect(bar.total, bar.parameter).toBeLessThan(1.25);
      expect(bar.firstLow).toBeLessThanOrEqual(bar.firstHigh);
    }
    expect(result.firstSum).toBeLessThan(1.25);
    // The market's own parameters lead the market's variance.
    const subsystem = new Map(engine.data.parameters.map((p) => [p.id, p.subsystem]));
    expect(result.bars.slice(0, 4).map((b) => subsystem.get(b.parameter))).toEqual(["market", "market", "market", "market"]);
  });

  it("validates samples and seed", () => {
    const base = {scenario: "baseline", output: "market_bn_rmb", year: 2030, samples: 8, seed: 1};
    expect(() => planSobol(engine, {...base, samples: 1})).toThrow("samples must be an integer between 2 and 65536, got 1");
    expect(() => planSobol(engine, {...base, seed: 1.5})).toThrow("seed must be an integer between 0 and 4294967295, got 1.5");
  });
});
