import {compileScenario, sumRule} from "../compileScenario.js";
import {annualAggregate, type Aggregation} from "../core/annualAggregate.js";
import {outputSeries} from "../core/system.js";
import {evaluateGoal} from "../goals/evaluateGoal.js";
import type {AnnualSeries} from "../goals/goal.js";
import type {SampleLayout, SamplePlan} from "./samplePlan.js";

/** Runs the rows of a plan's design one at a time, recording what the plan asks for. */
export interface SampleRunner {
  readonly layout: SampleLayout;
  /**
   * Runs the scenario with one draw and writes its recorded values: column c goes to
   * `into[c * stride + position]` (stride = runs for a column-major batch, 1 for a single row).
   *
   * @param draw values of `plan.parameters` in order, or undefined for the scenario's own values
   */
  run(draw: ArrayLike<number> | undefined, into: Float64Array, stride: number, position: number): void;
  /** Runs design row `row` into the column-major batch `into` (length runs × columns). */
  runRow(row: number, into: Float64Array): void;
}

/**
 * Builds the model's structure and every buffer a run needs once, so a run allocates nothing of
 * its own: used in-process by `monteCarlo`, by Node worker threads and
 * by the site's Web Worker, the same code path, hence bit-identical values whatever the number of
 * workers. Imports only the model and the integrators (no mathjs, no zod), so a worker starts in
 * milliseconds. A run is `compileScenario(plan.scenario).runInto`, the path `engine.simulate` takes.
 * Cost: per run, one parameter preparation and integration plus O(recorded columns) copying.
 *
 * @param plan what to run and record, its scenario prepared by `engine.prepare`
 * @returns the runner and the layout of its results
 * @throws RangeError for an unknown parameter or output, a design whose length is not a multiple
 *   of the parameter count, or a goal reading years outside the simulation
 * @example
 * const runner = createSampleRunner({scenario: engine.prepare("baseline"), parameters: ["market_potential_bn_rmb"],
 *   design: Float64Array.of(60, 100), outputs: ["market_bn_rmb"], annual: true, goals: []});
 * const values = new Float64Array(runner.layout.runs * runner.layout.columns);
 * runner.runRow(0, values); runner.runRow(1, values); // values: 2023..2035 markets of run 0, then run 1, interleaved by column
 */
export function createSampleRunner(plan: SamplePlan): SampleRunner {
  const {scenario} = plan;
  const k = plan.parameters.length;
  for (const id of plan.parameters) if (!(id in scenario.scenario.parameters)) throw new RangeError(`createSampleRunner: parameters names unknown parameter "${id}"`);
  if (k === 0 ? plan.design.length !== 0 : plan.design.length % k !== 0) {
    throw new RangeError(`createSampleRunner: design length must be a multiple of the parameter count (${k}), got ${plan.design.length}`);
  }
  const runs = k === 0 ? 0 : plan.design.length / k;
  const compiled = compileScenario(scenario);
  const {grid, offset} = compiled;
  const {outputs} = scenario;
  const points = grid.steps + 1;
  const rule = sumRule(scenario.scenario.time.method);
  // A runner is cheap to build (goal seek builds one per evaluation): look up only what is recorded.
  const outputIndex = (id: string) => {
    const i = outputs.findIndex((o) => o.id === id);
    if (i < 0) throw new RangeError(`createSampleRunner: outputs names unknown output "${id}"`);
    return i;
  };
  const recorded = Int32Array.from(plan.outputs, outputIndex);
  const aggregation = (o: number): Aggregation => outputs[o].annual;
  const years = grid.steps / grid.stepsPerYear;
  const firstReportedYear = offset / grid.stepsPerYear;
  const time = plan.annual ? yearsFrom(grid.start + firstReportedYear, years - firstReportedYear) : grid.time.slice(offset);
  const length = time.length;
  const columns = recorded.length * length + plan.goals.length;
  const full = new Float64Array(compiled.size);
  const outputCount = outputs.length;
  // One output's series at a time, taken out of the step-major run.
  const series = new Float64Array(points);
  const annual = new Float64Array(years);
  const goalOutputs = [...new Set(plan.goals.map((g) => g.output))];
  const goalIndex = Int32Array.from(goalOutputs, outputIndex);
  const goalSeries: Record<string, Float64Array> = Object.fromEntries(goalOutputs.map((id) => [id, new Float64Array(years)]));
  const goalView: AnnualSeries = {years: yearsFrom(grid.start, years), series: goalSeries};
  for (const goal of plan.goals) evaluateGoal(goal, goalView); // throws now, not mid-batch, if a goal's years are not simulated
  const goalsColumn = recorded.length * length;
  // A draw's values over the scenario's; without parameters to vary, the scenario's own.
  const values: Record<string, number> | undefined = k > 0 ? {...scenario.scenario.parameters} : undefined;

  const run = (draw: ArrayLike<number> | undefined, into: Float64Array, stride: number, position: number) => {
    for (let j = 0; j < k; j++) values![plan.parameters[j]] = draw === undefined ? scenario.scenario.parameters[plan.parameters[j]] : draw[j];
    compiled.runInto(full, values);
    for (let r = 0; r < recorded.length; r++) {
      const o = recorded[r];
      let column = r * length * stride + position;
      if (plan.annual) {
        annualAggregate(outputSeries(full, outputCount, o, series), grid, aggregation(o), annual, rule);
        for (let y = firstReportedYear; y < years; y++, column += stride) into[column] = annual[y];
      } else {
        // Straight from the step-major run: every save point is recorded as it is.
        for (let i = offset, j = offset * outputCount + o; i < points; i++, j += outputCount, column += stride) into[column] = full[j];
      }
    }
    for (let g = 0; g < goalIndex.length; g++) {
      const o = goalIndex[g];
      annualAggregate(outputSeries(full, outputCount, o, series), grid, aggregation(o), goalSeries[goalOutputs[g]], rule);
    }
    for (let g = 0; g < plan.goals.length; g++) into[(goalsColumn + g) * stride + position] = evaluateGoal(plan.goals[g], goalView).value;
  };
  return {
    layout: {runs, columns, time},
    run,
    runRow(row, into) {
      run(plan.design.subarray(row * k, row * k + k), into, runs, row);
    }
  };
}

/** `count` calendar years from `first` (a loop: Float64Array.from with a mapper is several times slower, and goal seek builds a runner per evaluation). */
function yearsFrom(first: number, count: number): Float64Array {
  const years = new Float64Array(count);
  for (let y = 0; y < count; y++) years[y] = first + y;
  return years;
}
