import {describe, expect, it} from "vitest";
import {engine, headlineOutputs} from "../../src/index.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";
import {createQuantileSketch} from "../../src/engine/uncertainty/createQuantileSketch.js";
import {createSampleRunner} from "../../src/engine/uncertainty/createSampleRunner.js";
import {createSketchRunner} from "../../src/engine/uncertainty/createSketchRunner.js";
import {planMonteCarlo} from "../../src/engine/uncertainty/planMonteCarlo.js";

describe("createSketchRunner", () => {
  const goals = [parseGoal("market_bn_rmb@2030 >= 100")];
  const {plan} = planMonteCarlo(engine, {scenario: "baseline", runs: 300, seed: 2, annual: true, outputs: headlineOutputs.slice(0, 3), goals});
  const runner = createSampleRunner(plan);
  const {runs, columns} = runner.layout;
  const deterministic = new Float64Array(columns);
  runner.run(undefined, deterministic, 1, 0);
  const values = new Float64Array(runs * columns);
  for (let r = 0; r < runs; r++) runner.runRow(r, values);

  it("sketches the rows' series as a sketch of the kept values does, and keeps their goal values", () => {
    const goalValues = new Float64Array(runs);
    const rows = createSketchRunner(plan, runner, deterministic, goalValues);
    expect(rows.goals).toBe(goalValues);
    expect(rows.blockRows).toBe(1000);
    // Out of order, in uneven blocks: the sketch does not depend on the order.
    for (const [from, to] of [
      [200, 300],
      [0, 7],
      [7, 200]
    ])
      rows.runRows(from, to);
    const series = columns - 1;
    const reference = createQuantileSketch(deterministic.subarray(0, series));
    reference.add(values, runs, 1, runs);
    expect(rows.sketch.quantiles([0.05, 0.5, 0.95])).toEqual(reference.quantiles([0.05, 0.5, 0.95]));
    expect(goalValues).toEqual(values.subarray(series * runs));
  });

  it("takes at most a block of 2^20 values at a time, and checks its arguments", () => {
    const rows = createSketchRunner(plan, runner, deterministic, new Float64Array(runs));
    expect(() => rows.runRows(0, 1001)).toThrow("createSketchRunner: rows must be within [0, 300), at most 1000 at a time, got [0, 1001)");
    expect(() => createSketchRunner(plan, runner, new Float64Array(2), new Float64Array(runs))).toThrow(`createSketchRunner: deterministic must hold ${columns} numbers, got 2`);
    expect(() => createSketchRunner(plan, runner, deterministic, new Float64Array(1))).toThrow(`createSketchRunner: goals must hold runs × goals = ${runs} numbers, got 1`);
  });
});
