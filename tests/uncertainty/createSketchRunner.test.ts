import {describe, expect, it} from "vitest";
import {engine, headlineOutputs} from "../../src/index.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";
import {createQuantileSketch} from "../../src/engine/uncertainty/createQuantileSketch.js";
import {createSampleRunner} from "../../src/engine/uncertainty/createSampleRunner.js";
import {createSketchRunner} from "../../src/engine/uncertainty/createSketchRunner.js";
import {planMonteCarlo} from "../../src/engine/uncertainty/planMonteCarlo.js";
import {sketchCentre} from "../../src/engine/uncertainty/sketchCentre.js";

describe("createSketchRunner", () => {
  const goals = [parseGoal("market_bn_rmb@2030 >= 100")];
  const {plan} = planMonteCarlo(engine, {scenario: "baseline", runs: 2500, seed: 2, annual: true, outputs: headlineOutputs.slice(0, 3), goals});
  const runner = createSampleRunner(plan);
  const {runs, columns} = runner.layout;
  const series = columns - 1;
  const values = new Float64Array(runs * columns);
  for (let r = 0; r < runs; r++) runner.runRow(r, values);

  it("takes its centres from the first block, which it runs itself (sketchCentre of each column), and keeps goal values", () => {
    const goalValues = new Float64Array(runs);
    const first = createSketchRunner(plan, runner, goalValues);
    expect(first.blockRows).toBe(1000);
    expect(first.done).toBe(1000);
    expect(first.goals).toBe(goalValues);
    expect(first.centres).toEqual(Float64Array.from({length: series}, (_, c) => sketchCentre(values.subarray(c * runs, c * runs + 1000))));
    expect(goalValues.subarray(0, 1000)).toEqual(values.subarray(series * runs, series * runs + 1000));
  });

  it("sketches the rows' series as a sketch of the kept values does, whichever runner runs which rows", () => {
    const goalValues = new Float64Array(runs);
    const first = createSketchRunner(plan, runner, goalValues);
    const other = createSketchRunner(plan, createSampleRunner(plan), goalValues, first.centres);
    expect(other.done).toBe(0);
    // Out of order, in uneven blocks, split between the two: the sketch does not depend on it.
    first.runRows(2000, 2500);
    other.runRows(1000, 1007);
    other.runRows(1007, 2000);
    first.sketch.merge(other.sketch.state());
    const reference = createQuantileSketch(first.centres);
    reference.add(values, runs, 1, runs);
    expect(first.sketch.quantiles([0.05, 0.5, 0.95])).toEqual(reference.quantiles([0.05, 0.5, 0.95]));
    expect(goalValues).toEqual(values.subarray(series * runs));
  });

  it("takes at most a block of 2^20 values at a time, and checks its arguments", () => {
    const rows = createSketchRunner(plan, runner, new Float64Array(runs), new Float64Array(series));
    expect(() => rows.runRows(0, 1001)).toThrow("createSketchRunner: rows must be within [0, 2500), at most 1000 at a time, got [0, 1001)");
    expect(() => createSketchRunner(plan, runner, new Float64Array(runs), new Float64Array(2))).toThrow(`createSketchRunner: centres must hold ${series} numbers, got 2`);
    expect(() => createSketchRunner(plan, runner, new Float64Array(1))).toThrow(`createSketchRunner: goals must hold runs × goals = ${runs} numbers, got 1`);
  });
});
