import {createGrid, evaluationTimes, stepsPerYearOf} from "./core/grid.js";
import type {LeverSpec, ParameterSpec} from "./declarations.js";
import type {CompiledModel, OutputSpec} from "./model/index.js";
import type {FormulaCompiler} from "./scenario/formula.js";
import type {ResolvedScenario} from "./scenario/resolveScenario.js";
import {sampleLever} from "./scenario/sampleLever.js";
import {firstYear} from "./scenario/schema.js";

/**
 * A scenario reduced to what a run needs: the compiled model, and every lever sampled on the
 * integrator's evaluation instants. Plain data (structured-cloneable), so Node worker threads and
 * Web Workers run it without the scenario machinery (zod, mathjs).
 */
export interface PreparedScenario {
  /** The scenario as resolved: its parameters are a run's defaults, its time the grid's. */
  readonly scenario: ResolvedScenario;
  readonly model: CompiledModel;
  /** The model's outputs, in the order of its output vector. */
  readonly outputs: readonly OutputSpec[];
  /** Every lever, sampled at the evaluation instants (evaluationTimes). */
  readonly levers: Readonly<Record<string, Float64Array>>;
  /** Steps per calendar year of the grid (the scenario's step, or an override for numerical checks). */
  readonly stepsPerYear: number;
  /** [min, max] of each parameter the model reads, in `model.parameters` order: every run checks its values. */
  readonly bounds: Float64Array;
}

/**
 * Samples a resolved scenario's levers once, for every run of it (`compileScenario`, Monte Carlo).
 * Cost: one lever sampling (formulas evaluated by the formula compiler).
 *
 * @param scenario a resolved scenario
 * @param context the model, its outputs, the lever declarations, the parameters' bounds (parameterBounds) and the formula compiler
 * @param stepsPerYear overrides the scenario's step (e.g. 24 to halve a monthly step)
 * @throws ScenarioError naming `levers.<id>` for a value out of range
 * @example prepareScenario(resolved, {model, outputs, levers, formulas}).levers.compute_subsidy.length // 157 (monthly Euler)
 */
export function prepareScenario(
  scenario: ResolvedScenario,
  context: {model: CompiledModel; outputs: readonly OutputSpec[]; levers: readonly LeverSpec[]; bounds: Float64Array; formulas?: FormulaCompiler},
  stepsPerYear: number = stepsPerYearOf[scenario.time.step]
): PreparedScenario {
  const times = evaluationTimes(createGrid(firstYear, scenario.time.to, stepsPerYear), scenario.time.method);
  const levers = Object.fromEntries(context.levers.map((spec) => [spec.id, sampleLever(spec, scenario.levers[spec.id], times, context.formulas)]));
  return {scenario, model: context.model, outputs: context.outputs, levers, stepsPerYear, bounds: context.bounds};
}

/**
 * [min, max] of each parameter a compiled model reads, in its order: what every run checks.
 *
 * @example parameterBounds(model, data.parameters).length // 2 × model.parameters.length
 */
export function parameterBounds(model: CompiledModel, parameters: readonly ParameterSpec[]): Float64Array {
  const specs = new Map(parameters.map((p) => [p.id, p]));
  return Float64Array.from(model.parameters.flatMap((id) => [specs.get(id)?.min ?? -Infinity, specs.get(id)?.max ?? Infinity]));
}
