// The engine's public API: pure functions, no I/O. Node code binds it to data/ (src/index.ts);
// pages bind it to data from a loader.

// Engine
export {createEngine} from "./simulate.js";
export type {CompileOptions, CompiledScenario, Engine, Projection} from "./simulate.js";
export type * from "./declarations.js";

// Model structure
export {describeModel} from "./model/index.js";
export type {BlockSpec, Equation, Link, ModelStructure, OutputSpec, StockSpec} from "./model/index.js";

// Scenarios
export {ScenarioError} from "./scenario/scenarioError.js";
export {parseScenario, scenarioSchema, firstYear, lastYear} from "./scenario/schema.js";
export {resolveScenario, defaultTime} from "./scenario/resolveScenario.js";
export type {Declarations, ResolvedScenario} from "./scenario/resolveScenario.js";
export {parseLeverValue, formatLeverValue} from "./scenario/parseLeverValue.js";
export {compileFormula} from "./scenario/formula.js";
export {sampleLever} from "./scenario/sampleLever.js";
export {describeRange} from "./scenario/describeRange.js";

// Analysis
export {readTarget} from "./analysis/readTarget.js";
export {compareFacts} from "./analysis/compareFacts.js";
export type {FactComparison} from "./analysis/compareFacts.js";

// Core helpers
export {createGrid, halfStepTimes} from "./core/grid.js";
export type {Grid} from "./core/grid.js";
export {annualAggregate} from "./core/annualAggregate.js";
export type {Aggregation} from "./core/annualAggregate.js";
export {interpolate} from "./core/interpolate.js";
export {exponentialSeries} from "./core/exponentialSeries.js";
export {euler} from "./core/euler.js";
export {rk4} from "./core/rk4.js";
export {createWorkspace} from "./core/system.js";
export type {System, Workspace} from "./core/system.js";
export {unitLabel} from "./units/unitLabel.js";

// Exports (shared by the CLI and the site's downloads)
export {formatNumber} from "./export/formatNumber.js";
export {projectionToCsv} from "./export/projectionToCsv.js";
export type {CsvOptions} from "./export/projectionToCsv.js";
export {projectionToJson} from "./export/projectionToJson.js";
