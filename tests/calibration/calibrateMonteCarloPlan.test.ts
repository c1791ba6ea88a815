import {describe, expect, it} from "vitest";
import {calibrateMonteCarloPlan} from "../../src/engine/calibration/calibrateMonteCarloPlan.js";
import {sampleTargetValues} from "../../src/engine/calibration/sampleTargetValues.js";
import {createEngine} from "../../src/engine/simulate.js";
import {planMonteCarlo} from "../../src/engine/uncertainty/planMonteCarlo.js";
import {quantileBands} from "../../src/engine/uncertainty/quantileBands.js";
import {loadData} from "../../src/node/loadData.js";

const data = loadData();
const engine = createEngine(data);
const figures = data.targets.map((t) => data.facts.find((f) => f.id === t.fact)!.value);

describe("calibrateMonteCarloPlan", () => {
  for (const method of ["rejection", "importance"] as const) {
    it(`${method}: the kept runs' 5-95% bands pass through every seed figure (lower bounds: reach it)`, () => {
      const plan = planMonteCarlo(engine, {scenario: "baseline", runs: 1000, seed: 3, annual: true, outputs: ["market_bn_rmb"]});
      const calibrated = calibrateMonteCarloPlan(engine, plan, data.facts, data.targets, {method, minKept: 50});
      expect(calibrated.drawn).toBe(1000);
      if (method === "rejection") expect(calibrated.plan.runs).toBe(calibrated.filter.kept.length);
      else expect(calibrated.plan.runs).toBe(1000);
      expect(calibrated.plan.plan.design.length).toBe(calibrated.plan.runs * plan.plan.parameters.length);
      const values = sampleTargetValues(engine, plan.scenario, plan.plan.parameters, calibrated.plan.plan.design, data.targets);
      const bands = quantileBands(values, calibrated.plan.runs, [0.05, 0.95]);
      data.targets.forEach((target, j) => {
        // A lower bound ("more than 60 tenders") is met by a band wholly above it.
        if (target.comparison !== "at-least") expect(bands[j * 2], target.fact).toBeLessThanOrEqual(figures[j]);
        expect(bands[j * 2 + 1], target.fact).toBeGreaterThanOrEqual(figures[j]);
      });
      // Rejection keeps runs at least as close as the k it reports.
      if (method === "rejection") for (const r of calibrated.filter.kept) expect(calibrated.filter.worst[r]).toBeLessThanOrEqual(calibrated.filter.k);
    });
  }

  it("says when a fixed k keeps no run", () => {
    const plan = planMonteCarlo(engine, {scenario: "baseline", runs: 20, seed: 1, annual: true, outputs: []});
    expect(() => calibrateMonteCarloPlan(engine, plan, data.facts, data.targets, {method: "rejection", k: 0.01})).toThrow("no Monte Carlo run reproduces every target within k = 0.01 tolerances");
  });
});
