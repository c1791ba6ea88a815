// The `shapan` package for Node: the engine bound to the shipped data in data/.
import {createEngine, type CompileOptions, type ResolvedScenario, type ScenarioId, type ScenarioInput} from "./engine/index.js";
import {nodeCompile} from "./node/compiledModel.js";
import {nodeFormulas} from "./node/formulas.js";
import {loadData} from "./node/loadData.js";
import {loadScenario as loadScenarioFrom} from "./node/loadScenario.js";

export * from "./engine/index.js";
export {loadData, dataDirectory} from "./node/loadData.js";
export {nodeFormulas} from "./node/formulas.js";
export {nodeCompile, loadCompiledModel, compiledModelPath} from "./node/compiledModel.js";

/** The shipped data and the engine bound to it. */
export const data = loadData();
export const engine = createEngine(data, {formulas: nodeFormulas, compile: nodeCompile});

/** Lever declarations: id, labels, unit, range, default, source, confidence. */
export const levers = data.levers;
/** Parameter declarations, with priors for the uncertain ones. */
export const parameters = data.parameters;
/** Output declarations, in the order of the engine's output vector. */
export const outputs = engine.outputs;
/** Preset scenarios by id (data/scenarios): `presets["compute-psh"]` fails to compile. */
export const presets = data.scenarios as Readonly<Record<ScenarioId, ScenarioInput>>;
/** Seed figures with their sources. */
export const facts = data.facts;

/**
 * Projects a scenario: a preset id, a scenario object, or a resolved scenario.
 *
 * @example simulate("compute-push").annual.series.compute_gap_beijing_pflops
 */
export function simulate(scenario: ScenarioInput | string | ResolvedScenario = "baseline", options?: CompileOptions) {
  return engine.simulate(scenario, options);
}

/** A scenario by preset id or from a JSON file path. */
export function loadScenario(idOrPath: string): ScenarioInput | string {
  return loadScenarioFrom(idOrPath, presets);
}

// Monte Carlo on worker threads (`shapan mc`, `shapan sensitivity --method sobol`)
export {runSamples, runMonteCarloBatch, sampleParametersOnThreads, startWorkers, maximumWorkers} from "./node/runSamples.js";
export type {MonteCarloBatch, RunSamplesOptions, SampleBatch} from "./node/runSamples.js";
export {runMonteCarlo, runMonteCarloPlan} from "./node/runMonteCarlo.js";
export {runCalibratedMonteCarlo} from "./node/runCalibratedMonteCarlo.js";
export {loadCalibration, type CalibrationRecord} from "./node/loadCalibration.js";
export {loadPolicyTargets, type PolicyTarget} from "./node/loadPolicyTargets.js";
