import {stepsPerYearOf} from "../core/grid.js";
import type {ParameterSpec, ScenarioInput} from "../declarations.js";
import type {OutputSpec} from "../model/index.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {firstYear} from "../scenario/schema.js";
import type {CompiledScenario, Engine} from "../simulate.js";

/** What calibration needs of a model: its declarations, and runs of one scenario from 2023 to any year, at any step. */
export interface CalibrationModel {
  readonly outputs: readonly OutputSpec[];
  readonly parameters: readonly ParameterSpec[];
  /** The scenario's step, as steps per year, and its integration method: what is fitted. */
  readonly stepsPerYear: number;
  readonly method: "euler" | "rk4";
  /** Name of the scenario the runs perturb. */
  readonly scenario: string;
  /**
   * Runs from 2023.0 (where the state is known, whatever year the scenario reports from) to the
   * end of `to`, at `stepsPerYear` (default the scenario's), to be run many times.
   */
  compile(to: number, stepsPerYear?: number): CompiledScenario;
}

/**
 * The engine's model for calibration: the scenario derived to run from 2023 to the years the
 * likelihood reads (engine.derive), compiled at the scenario's step or another (engine.compile's
 * stepsPerYear, for the step-halving check).
 *
 * @param engine the engine bound to its data (calibrate from the declared defaults: an engine without data.calibration)
 * @param scenario the scenario whose parameters are fitted, usually "baseline"
 * @example engineCalibrationModel(engine, "baseline").compile(2025).runInto(buffer, {adoption_initial: 0.03})
 */
export function engineCalibrationModel(engine: Engine, scenario: ScenarioInput | ResolvedScenario | string): CalibrationModel {
  const resolved = engine.resolve(scenario);
  return {
    outputs: engine.outputs,
    parameters: engine.data.parameters,
    stepsPerYear: stepsPerYearOf[resolved.time.step],
    method: resolved.time.method,
    scenario: resolved.name,
    compile: (to, stepsPerYear) => engine.compile(engine.derive(resolved, {time: {from: firstYear, to}}), stepsPerYear === undefined ? undefined : {stepsPerYear})
  };
}
