import {createQuantileSketch, type QuantileSketch} from "./createQuantileSketch.js";
import type {SampleRunner} from "./createSampleRunner.js";
import type {SamplePlan} from "./samplePlan.js";
import {sketchCentre} from "./sketchCentre.js";

/** Runs rows of a plan too large to keep: series into a quantile sketch, goal values kept. */
export interface SketchRunner {
  /** The series columns' sketch (this thread's share of the batch). */
  readonly sketch: QuantileSketch;
  /** Its centres, one per series column: what the batch's other threads' runners are given. */
  readonly centres: Float64Array;
  /** Goal values, column-major runs × goals (the array given). */
  readonly goals: Float64Array;
  /** The most rows one `runRows` call takes: claim rows in blocks of this size. */
  readonly blockRows: number;
  /** Rows run already, from row 0: the first block when the runner took the centres itself, else 0. */
  readonly done: number;
  /** Runs design rows [from, to), at most blockRows of them. */
  runRows(from: number, to: number): void;
}

/**
 * Streams design rows through a quantile sketch, for a batch whose values cannot all be kept (see
 * `sketchesQuantiles`): rows run a block at a time into a row-major scratch block (at most 2^20
 * values, 8 MB; a run's values are written one after the other), which is then added to the
 * sketch column by column, so each column's counts stay in cache while its block is counted. Goal
 * values (one per run and goal) are kept, in `goals`, so goal probabilities and quantiles stay
 * exact. Every thread of a batch makes its own; the sketches merge exactly, in any order.
 *
 * The sketch counts deviations from a centre per column, chosen from the batch's first block of
 * runs (rows 0 .. blockRows − 1, a random sample of the batch: Latin hypercube rows come in random
 * order) by `sketchCentre`: its median, or its minimum or maximum for a column piled up against a
 * bound, so that the finest buckets sit where the quantiles are. Without `centres`, the runner
 * runs that first block itself to take them (`done` then says so); the batch's other runners are
 * given its `centres`, so every thread counts alike.
 * Cost: per row, one run plus about 10 ns per recorded series value.
 *
 * @param plan the batch's plan (its design rows are run)
 * @param runner `createSampleRunner(plan)`
 * @param goals where goal g of run r goes, at `g * runs + r` (may be shared between threads)
 * @param centres the centres another runner of the batch took; none to take them
 * @returns the runner; read its sketch when every row has run
 * @throws RangeError if goals or centres do not match the plan's layout
 * @example const first = createSketchRunner(plan, runner, goals); // rows 0 .. first.done − 1 run
 * const other = createSketchRunner(plan, createSampleRunner(plan), goals, first.centres);
 */
export function createSketchRunner(plan: SamplePlan, runner: SampleRunner, goals: Float64Array, centres?: Float64Array): SketchRunner {
  const {runs, columns} = runner.layout;
  const G = plan.goals.length;
  const series = columns - G;
  if (goals.length !== runs * G) throw new RangeError(`createSketchRunner: goals must hold runs × goals = ${runs * G} numbers, got ${goals.length}`);
  if (centres !== undefined && centres.length !== series) throw new RangeError(`createSketchRunner: centres must hold ${series} numbers, got ${centres.length}`);
  const k = plan.parameters.length;
  const blockRows = Math.max(1, Math.min(1000, Math.floor(2 ** 20 / Math.max(1, columns))));
  const block = new Float64Array(blockRows * columns);
  const fill = (from: number, to: number) => {
    for (let r = from; r < to; r++) runner.run(plan.design.subarray(r * k, r * k + k), block, 1, (r - from) * columns);
    for (let g = 0; g < G; g++) for (let r = from; r < to; r++) goals[g * runs + r] = block[(r - from) * columns + series + g];
  };
  let done = 0;
  if (centres === undefined) {
    done = Math.min(blockRows, runs);
    fill(0, done);
    const sample = new Float64Array(done);
    centres = new Float64Array(series);
    for (let c = 0; c < series; c++) {
      for (let r = 0; r < done; r++) sample[r] = block[r * columns + c];
      centres[c] = sketchCentre(sample);
    }
  }
  const sketch = createQuantileSketch(centres);
  if (done > 0) sketch.add(block, done, columns, 1);
  return {
    sketch,
    centres,
    goals,
    blockRows,
    done,
    runRows(from, to) {
      if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= runs && to - from <= blockRows)) {
        throw new RangeError(`createSketchRunner: rows must be within [0, ${runs}), at most ${blockRows} at a time, got [${from}, ${to})`);
      }
      fill(from, to);
      sketch.add(block, to - from, columns, 1);
    }
  };
}
