import {compileScenario, type CompiledScenario, type Projection} from "./compileScenario.js";
import {deepFreeze} from "./core/deepFreeze.js";
import type {ModelData, ScenarioInput} from "./declarations.js";
import {type CompiledModel, type CompileInputs, modelKey, modelStructure, type ModelStructure, type OutputSpec} from "./model/index.js";
import {parameterBounds, prepareScenario, type PreparedScenario} from "./prepareScenario.js";
import type {FormulaCompiler} from "./scenario/formula.js";
import {type Declarations, deriveScenario, type ResolvedScenario, resolveScenario, type ScenarioChanges} from "./scenario/resolveScenario.js";
import {describeValue} from "./scenario/describeValue.js";
import {requireObject} from "./scenario/requireObject.js";
import {ScenarioError} from "./scenario/scenarioError.js";

export type {CompiledScenario, Projection} from "./compileScenario.js";

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
  /**
   * Compiles the model when `data.compiled` is missing or was compiled from other declarations
   * (compileModel with mathjs's parse; the Node package passes nodeCompile).
   */
  compile?: (structure: ModelStructure, inputs: Omit<CompileInputs, "parse">) => CompiledModel;
}

/** The engine bound to its data: everything is a pure function of a scenario. */
export interface Engine {
  data: ModelData;
  /** Compiles formula levers, loading mathjs on first use if the engine was given a loader. */
  formulas: FormulaCompiler;
  structure: ModelStructure;
  /** The model compiled to code, for these declarations. */
  model: CompiledModel;
  outputs: readonly OutputSpec[];
  declarations: Declarations;
  /** Validates a scenario and applies its presets (a resolved scenario is returned as is). */
  resolve(scenario: ScenarioInput | ResolvedScenario | string): ResolvedScenario;
  /** A scenario (resolved first) with some levers or its time changed, checked (see deriveScenario). */
  derive(scenario: ScenarioInput | ResolvedScenario | string, changes: ScenarioChanges): ResolvedScenario;
  /** Resolves a scenario and samples its levers: plain data a worker can run. */
  prepare(scenario: ScenarioInput | ResolvedScenario | string, options?: CompileOptions): PreparedScenario;
  /** Prepares a scenario and puts it on its grid, to run many times. */
  compile(scenario: ScenarioInput | ResolvedScenario | string, options?: CompileOptions): CompiledScenario;
  /** Runs a scenario once (default the baseline). */
  simulate(scenario?: ScenarioInput | ResolvedScenario | string, options?: CompileOptions): Projection;
}

/**
 * Binds the engine to its data (read from `data/` by Node code or a data loader: the engine does
 * no I/O). The compiled model comes with the data (`data.compiled`, see loadData) or from
 * `options.compile`.
 *
 * @throws Error if the data's compiled model is missing or stale and no `compile` is given
 * @example createEngine(data).simulate("baseline").annual.series.market_bn_rmb[0] // about 5
 */
export function createEngine(data: ModelData, options: EngineOptions = {}): Engine {
  checkModelData(data);
  // Frozen once, here: every run and every caller shares these objects, so none may change them.
  deepFreeze(data);
  const structure = deepFreeze(modelStructure(data.dimensions));
  const inputs = {levers: data.levers.map((l) => l.id), parameters: data.parameters.map((p) => p.id), dims: data.dimensions};
  const model = deepFreeze(data.compiled?.key === modelKey(structure, inputs) ? data.compiled : options.compile?.(structure, inputs));
  if (!model) throw new Error("createEngine: data.compiled is missing or was compiled from other declarations; pass options.compile (compileModel with mathjs's parse)");
  let compiler: FormulaCompiler | undefined;
  const formulas: FormulaCompiler = (source, field) => {
    compiler ??= options.formulas?.();
    if (!compiler) throw new ScenarioError(field, "is a formula in t, and this engine was created without formula support (createEngine(data, {formulas}))");
    return compiler(source, field);
  };
  const declarations: Declarations = Object.freeze({
    levers: data.levers,
    parameters: data.parameters,
    scenarios: data.scenarios,
    calibration: data.calibration?.parameters
  });
  // Presets resolve to the same frozen scenario every time.
  const presets = new Map<string, ResolvedScenario>();
  const resolve = (scenario: ScenarioInput | ResolvedScenario | string) => {
    if (typeof scenario !== "string") return resolveScenario(scenario, declarations);
    let resolved = presets.get(scenario);
    if (!resolved) presets.set(scenario, (resolved = resolveScenario(scenario, declarations)));
    return resolved;
  };
  const context = {model, outputs: structure.outputs, levers: data.levers, bounds: parameterBounds(model, data.parameters), formulas};
  const prepare = (scenario: ScenarioInput | ResolvedScenario | string, compileOptions: CompileOptions = {}) => prepareScenario(resolve(scenario), context, stepsPerYearOption(compileOptions));
  const compile = (scenario: ScenarioInput | ResolvedScenario | string, compileOptions?: CompileOptions) => compileScenario(prepare(scenario, compileOptions));
  return Object.freeze<Engine>({
    data,
    formulas,
    structure,
    model,
    outputs: structure.outputs,
    declarations,
    resolve,
    derive: (scenario, changes) => deriveScenario(resolve(scenario), changes, data),
    prepare,
    compile,
    simulate: (scenario = "baseline", compileOptions) => compile(scenario, compileOptions).run()
  });
}

/** The finest step a run may take: a few hours. Finer steps never change a converged result, and a run to 2100 would need gigabytes. */
const maximumStepsPerYear = 1000;

/** CompileOptions checked: an object, with stepsPerYear (if any) a whole number of steps a year. */
function stepsPerYearOption(options: CompileOptions): number | undefined {
  const {stepsPerYear} = requireObject(options, "options");
  if (stepsPerYear !== undefined && !(Number.isInteger(stepsPerYear) && (stepsPerYear as number) >= 1 && (stepsPerYear as number) <= maximumStepsPerYear)) {
    throw new ScenarioError("stepsPerYear", `must be a whole number from 1 to ${maximumStepsPerYear}, got ${describeValue(stepsPerYear)}`);
  }
  return stepsPerYear as number | undefined;
}

/** The parts of the data createEngine reads before anything else can check them. */
function checkModelData(data: ModelData): void {
  if (typeof data !== "object" || data === null) throw new ScenarioError("data", `must be the model's data (loadData, or data/model.json on the site), got ${data === null ? "null" : typeof data}`);
  for (const key of ["levers", "parameters"] as const) if (!Array.isArray(data[key])) throw new ScenarioError(`data.${key}`, "must be a list of declarations");
  for (const key of ["dimensions", "scenarios"] as const) if (typeof data[key] !== "object" || data[key] === null) throw new ScenarioError(`data.${key}`, "must be an object");
}
