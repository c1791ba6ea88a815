import {createQuantileSketch, type QuantileSketch} from "./createQuantileSketch.js";
import type {SampleRunner} from "./createSampleRunner.js";
import type {SamplePlan} from "./samplePlan.js";

/** Runs rows of a plan too large to keep: series into a quantile sketch, goal values kept. */
export interface SketchRunner {
  /** The series columns' sketch (this thread's share of the batch). */
  readonly sketch: QuantileSketch;
  /** Goal values, column-major runs × goals (the array given). */
  readonly goals: Float64Array;
  /** The most rows one `runRows` call takes: claim rows in blocks of this size. */
  readonly blockRows: number;
  /** Runs design rows [from, to), at most blockRows of them. */
  runRows(from: number, to: number): void;
}

/**
 * Streams design rows through a quantile sketch, for a batch whose values cannot all be kept (see
 * `sketchesQuantiles`): rows run a block at a time into a row-major scratch block (at most 2^20
 * values, 8 MB; a run's values are written one after the other), which is then added to the
 * sketch column by column, so each column's counts stay in cache while its block is counted. Goal values (one per run and goal) are kept, in
 * `goals`, so goal probabilities and quantiles stay exact. Every thread of a batch makes its own;
 * the sketches merge exactly, in any order.
 * Cost: per row, one run plus about 10 ns per recorded series value.
 *
 * @param plan the batch's plan (its design rows are run)
 * @param runner `createSampleRunner(plan)`
 * @param deterministic the scenario's own run (`runner.run(undefined, row, 1, 0)`): the sketch's centres
 * @param goals where goal g of run r goes, at `g * runs + r` (may be shared between threads)
 * @returns the runner; read its sketch when every row has run
 * @throws RangeError if deterministic or goals do not match the plan's layout
 * @example const rows = createSketchRunner(plan, runner, deterministic, goals); rows.runRows(0, rows.blockRows); rows.sketch.quantiles([0.5])
 */
export function createSketchRunner(plan: SamplePlan, runner: SampleRunner, deterministic: Float64Array, goals: Float64Array): SketchRunner {
  const {runs, columns} = runner.layout;
  const G = plan.goals.length;
  const series = columns - G;
  if (deterministic.length !== columns) throw new RangeError(`createSketchRunner: deterministic must hold ${columns} numbers, got ${deterministic.length}`);
  if (goals.length !== runs * G) throw new RangeError(`createSketchRunner: goals must hold runs × goals = ${runs * G} numbers, got ${goals.length}`);
  const k = plan.parameters.length;
  const blockRows = Math.max(1, Math.min(1000, Math.floor(2 ** 20 / Math.max(1, columns))));
  const block = new Float64Array(blockRows * columns);
  const sketch = createQuantileSketch(deterministic.subarray(0, series));
  return {
    sketch,
    goals,
    blockRows,
    runRows(from, to) {
      if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= runs && to - from <= blockRows)) {
        throw new RangeError(`createSketchRunner: rows must be within [0, ${runs}), at most ${blockRows} at a time, got [${from}, ${to})`);
      }
      for (let r = from; r < to; r++) runner.run(plan.design.subarray(r * k, r * k + k), block, 1, (r - from) * columns);
      sketch.add(block, to - from, columns, 1);
      for (let g = 0; g < G; g++) for (let r = from; r < to; r++) goals[g * runs + r] = block[(r - from) * columns + series + g];
    }
  };
}
