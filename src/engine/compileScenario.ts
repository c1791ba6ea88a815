import {annualAggregate} from "./core/annualAggregate.js";
import {euler} from "./core/euler.js";
import {createGrid, evaluationTimes, type Grid} from "./core/grid.js";
import {rk4} from "./core/rk4.js";
import type {OutputId, ParameterId} from "./ids.js";
import {sharedModel, type OutputSpec} from "./model/index.js";
import type {PreparedScenario} from "./prepareScenario.js";
import type {ResolvedScenario} from "./scenario/resolveScenario.js";
import {didYouMean} from "./scenario/didYouMean.js";
import {describeValue} from "./scenario/describeValue.js";
import {requireObject} from "./scenario/requireObject.js";
import {ScenarioError} from "./scenario/scenarioError.js";
import {firstYear} from "./scenario/schema.js";

/** A projection: the time axis and one Float64Array per output, plus annual aggregates. Every array is the caller's own. */
export interface Projection {
  scenario: ResolvedScenario;
  outputs: readonly OutputSpec[];
  /** Save points from time.from to the end of time.to, decimal years. */
  time: Float64Array;
  /** Values at the save points, by output id. Flows are rates per year. */
  series: Record<OutputId, Float64Array>;
  annual: {
    /** Calendar years from time.from to time.to. */
    years: Float64Array;
    /** Stocks at year end, flows summed over the year, levels averaged over the year. */
    series: Record<OutputId, Float64Array>;
  };
}

/** A prepared scenario on its grid, ready to run many times (Monte Carlo, calibration). */
export interface CompiledScenario {
  readonly prepared: PreparedScenario;
  readonly grid: Grid;
  /** Save-point index of the first reported instant (time.from). */
  readonly offset: number;
  /** Length of the buffer runInto fills: (grid.steps + 1) × outputs. */
  readonly size: number;
  /**
   * Runs the model, writing step-major outputs into `into` (`into[i * outputs + o]`; `outputSeries`
   * takes one column out). `parameters` overrides the scenario's values (a Monte Carlo draw);
   * nothing allocates.
   *
   * @throws ScenarioError if `into` is not a Float64Array of `size` numbers, `parameters` is not an
   *   object of declared parameter ids, or a value is not a number within its parameter's range
   */
  runInto(into: Float64Array, parameters?: Readonly<Partial<Record<ParameterId, number>>>): Float64Array;
  /** Runs once and packages the result as a Projection. */
  run(parameters?: Readonly<Partial<Record<ParameterId, number>>>): Projection;
}

/**
 * Puts a prepared scenario on its grid: the one path every run takes, from `simulate` to the
 * Monte Carlo workers.
 *
 * @example compileScenario(engine.prepare("baseline")).run().annual.series.market_bn_rmb
 */
export function compileScenario(prepared: PreparedScenario): CompiledScenario {
  const {scenario, model: compiled, stepsPerYear} = prepared;
  const grid = createGrid(firstYear, scenario.time.to, stepsPerYear);
  const {model, work} = sharedModel(compiled, evaluationTimes(grid, scenario.time.method), grid.dt);
  const integrate = scenario.time.method === "rk4" ? rk4 : euler;
  const size = (grid.steps + 1) * compiled.outputs.length;
  const offset = (scenario.time.from - firstYear) * stepsPerYear;
  // A parameters object is checked when first passed: Monte Carlo and calibration pass one object,
  // rewritten between runs, whose values the model's bounds check at every run.
  let checked: object = scenario.parameters;
  const runInto = (into: Float64Array, parameters: Readonly<Record<string, number>> = scenario.parameters) => {
    if (!(into instanceof Float64Array) || into.length !== size) throw new ScenarioError("runInto", `needs a Float64Array of ${size} numbers ((steps + 1) × outputs), got ${describe(into)}`);
    if (parameters !== checked) checked = checkParameters(parameters, scenario.parameters);
    integrate(model.system, grid, model.prepare(prepared.levers, parameters, scenario.parameters, prepared.bounds), into, work);
    return into;
  };
  return {
    prepared,
    grid,
    offset,
    size,
    runInto,
    run: (parameters) => packageProjection(prepared, grid, offset, runInto(new Float64Array(size), parameters))
  };
}

/** A run's parameters: an object of declared parameter ids and numbers. */
function checkParameters(parameters: unknown, declared: Readonly<Record<string, number>>): object {
  const record = requireObject(parameters, "parameters");
  for (const [id, value] of Object.entries(record)) {
    if (!Object.hasOwn(declared, id)) throw new ScenarioError(`parameters.${id}`, `is not a parameter; ${didYouMean(id, Object.keys(declared))}run \`shapan parameters\` for the list`);
    if (typeof value !== "number") throw new ScenarioError(`parameters.${id}`, `must be a number, got ${describeValue(value)}`);
  }
  return record;
}

function describe(value: unknown): string {
  return value instanceof Float64Array ? `one of ${value.length}` : value === null ? "null" : typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value;
}

function packageProjection(prepared: PreparedScenario, grid: Grid, offset: number, result: Float64Array): Projection {
  const {outputs, scenario} = prepared;
  const width = outputs.length;
  const points = grid.steps + 1;
  const firstReportedYear = offset / grid.stepsPerYear;
  const years = grid.steps / grid.stepsPerYear;
  const reported = points - offset;
  const rule = sumRule(scenario.time.method);
  const reportedYears = years - firstReportedYear;
  // Two buffers for every output's series and annual values: the caller's own, allocated once.
  const seriesBuffer = new Float64Array(width * reported);
  const annualBuffer = new Float64Array(width * reportedYears);
  const full = new Float64Array(points);
  const aggregated = new Float64Array(years);
  const series: Record<string, Float64Array> = {};
  const annual: Record<string, Float64Array> = {};
  for (let o = 0; o < width; o++) {
    for (let i = 0, j = o; i < points; i++, j += width) full[i] = result[j];
    const own = seriesBuffer.subarray(o * reported, (o + 1) * reported);
    own.set(full.subarray(offset));
    series[outputs[o].id] = own;
    annualAggregate(full, grid, outputs[o].annual, aggregated, rule);
    const ownAnnual = annualBuffer.subarray(o * reportedYears, (o + 1) * reportedYears);
    ownAnnual.set(aggregated.subarray(firstReportedYear));
    annual[outputs[o].id] = ownAnnual;
  }
  const yearAxis = new Float64Array(reportedYears);
  for (let y = 0; y < reportedYears; y++) yearAxis[y] = grid.start + firstReportedYear + y;
  return {scenario, outputs, time: grid.time.slice(offset), series, annual: {years: yearAxis, series: annual}};
}

/**
 * How an integrator's flows are summed per year (see annualAggregate).
 *
 * @example sumRule("rk4") // "trapezoid"
 */
export function sumRule(method: "euler" | "rk4"): "left" | "trapezoid" {
  return method === "rk4" ? "trapezoid" : "left";
}
