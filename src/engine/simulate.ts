import {annualAggregate} from "./core/annualAggregate.js";
import {euler} from "./core/euler.js";
import {createGrid, evaluationTimes, type Grid} from "./core/grid.js";
import {rk4} from "./core/rk4.js";
import {outputSeries} from "./core/system.js";
import type {ModelData, ScenarioInput} from "./declarations.js";
import {describeModel, sharedModel, type ModelStructure, type OutputSpec} from "./model/index.js";
import {resolveScenario, type Declarations, type ResolvedScenario} from "./scenario/resolveScenario.js";
import type {FormulaCompiler} from "./scenario/formula.js";
import {sampleLever} from "./scenario/sampleLever.js";
import {ScenarioError} from "./scenario/scenarioError.js";
import {firstYear} from "./scenario/schema.js";

const stepsPerYearOf = {month: 12, quarter: 4, year: 1} as const;

/** A projection: the time axis and one Float64Array per output, plus annual aggregates. */
export interface Projection {
  scenario: ResolvedScenario;
  outputs: OutputSpec[];
  /** Save points from time.from to the end of time.to, decimal years. */
  time: Float64Array;
  /** Values at the save points, by output id. Flows are rates per year. */
  series: Record<string, Float64Array>;
  annual: {
    /** Calendar years from time.from to time.to. */
    years: Float64Array;
    /** Stocks at year end, flows summed over the year, levels averaged over the year. */
    series: Record<string, Float64Array>;
  };
}

/** A scenario compiled onto its grid: levers sampled, ready to run many times (Monte Carlo). */
export interface CompiledScenario {
  scenario: ResolvedScenario;
  grid: Grid;
  /** Save-point index of the first reported instant (time.from). */
  offset: number;
  /**
   * Runs the model, writing step-major outputs into `into` (`into[i * outputs + o]`, length
   * (steps + 1) * outputs; `outputSeries` takes one column out).
   * `parameters` overrides the scenario's values (a Monte Carlo draw); nothing else allocates
   * between calls except the per-run bound model.
   */
  runInto(into: Float64Array, parameters?: Readonly<Record<string, number>>): Float64Array;
  /** Runs once and packages the result as a Projection. */
  run(parameters?: Readonly<Record<string, number>>): Projection;
}

export interface CompileOptions {
  /** Overrides the scenario's step for numerical checks (e.g. 24 to halve a monthly step). */
  stepsPerYear?: number;
}

/** How an engine is built beyond its data. */
export interface EngineOptions {
  /**
   * Returns the compiler of formula levers (createFormulaCompiler over mathjs); called once, the
   * first time a formula is run: mathjs takes about a second to load, so it is loaded only by
   * those who use formulas. Without it, a formula lever is a ScenarioError.
   */
  formulas?: () => FormulaCompiler;
}

/** The engine bound to its data: everything is a pure function of a scenario. */
export interface Engine {
  data: ModelData;
  /** Compiles formula levers, loading mathjs on first use if the engine was given a loader. */
  formulas: FormulaCompiler;
  structure: ModelStructure;
  outputs: OutputSpec[];
  declarations: Declarations;
  resolve(scenario: ScenarioInput | string): ResolvedScenario;
  compile(scenario: ScenarioInput | string | ResolvedScenario, options?: CompileOptions): CompiledScenario;
  simulate(scenario?: ScenarioInput | string | ResolvedScenario, options?: CompileOptions): Projection;
}

/**
 * Binds the engine to its data (read from `data/` by Node code or a data loader: the engine does
 * no I/O).
 *
 * @example createEngine(data).simulate("baseline").annual.series.market_bn_rmb[0] // about 5
 */
export function createEngine(data: ModelData, options: EngineOptions = {}): Engine {
  const structure = describeModel(data.dimensions);
  let compiler: FormulaCompiler | undefined;
  const formulas: FormulaCompiler = (source, field) => {
    compiler ??= options.formulas?.();
    if (!compiler) throw new ScenarioError(field, "is a formula in t, and this engine was created without formula support (createEngine(data, {formulas}))");
    return compiler(source, field);
  };
  const declarations: Declarations = {
    levers: data.levers,
    parameters: data.parameters,
    scenarios: data.scenarios,
    calibration: data.calibration?.parameters
  };
  const resolve = (scenario: ScenarioInput | string) => resolveScenario(scenario, declarations);
  const compile = (input: ScenarioInput | string | ResolvedScenario, options: CompileOptions = {}): CompiledScenario => {
    const scenario = isResolved(input) ? input : resolve(input);
    const {time} = scenario;
    const perYear = options.stepsPerYear ?? stepsPerYearOf[time.step];
    const grid = createGrid(firstYear, time.to, perYear);
    const times = evaluationTimes(grid, time.method);
    const levers = Object.fromEntries(data.levers.map((spec) => [spec.id, sampleLever(spec, scenario.levers[spec.id], times, formulas)]));
    const integrate = time.method === "rk4" ? rk4 : euler;
    const {model, work} = sharedModel(data.dimensions, times);
    const runInto = (into: Float64Array, parameters?: Readonly<Record<string, number>>) => {
      const initial = model.prepare(levers, parameters ?? scenario.parameters, scenario.parameters);
      integrate(model.system, grid, initial, into, work);
      return into;
    };
    const offset = (time.from - firstYear) * perYear;
    const compiled: CompiledScenario = {
      scenario,
      grid,
      offset,
      runInto,
      run(parameters) {
        const points = grid.steps + 1;
        const result = runInto(new Float64Array(structure.outputs.length * points), parameters);
        return package_(scenario, structure.outputs, grid, offset, result);
      }
    };
    return compiled;
  };
  return {
    data,
    formulas,
    structure,
    outputs: structure.outputs,
    declarations,
    resolve,
    compile,
    simulate: (scenario = "baseline", options) => compile(scenario, options).run()
  };
}

function isResolved(input: unknown): input is ResolvedScenario {
  return typeof input === "object" && input !== null && "chain" in input && "changed" in input;
}

function package_(scenario: ResolvedScenario, outputs: OutputSpec[], grid: Grid, offset: number, result: Float64Array): Projection {
  const points = grid.steps + 1;
  const columns = new Float64Array(result.length);
  const firstReportedYear = offset / grid.stepsPerYear;
  const years = grid.steps / grid.stepsPerYear;
  const series: Record<string, Float64Array> = {};
  const annual: Record<string, Float64Array> = {};
  outputs.forEach((o, i) => {
    const full = outputSeries(result, outputs.length, i, columns.subarray(i * points, (i + 1) * points));
    series[o.id] = full.subarray(offset);
    annual[o.id] = annualAggregate(full, grid, o.annual).subarray(firstReportedYear);
  });
  const yearAxis = new Float64Array(years - firstReportedYear);
  for (let y = 0; y < yearAxis.length; y++) yearAxis[y] = grid.start + firstReportedYear + y;
  return {scenario, outputs, time: grid.time.subarray(offset), series, annual: {years: yearAxis, series: annual}};
}
