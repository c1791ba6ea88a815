import type {ScenarioInput} from "../declarations.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {requireObject} from "../scenario/requireObject.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {Engine} from "../simulate.js";
import type {SamplePlan} from "../uncertainty/samplePlan.js";
import {uncertainParameters, type UncertainParameter} from "../uncertainty/uncertainParameters.js";

/** What a sensitivity analysis asks about: one output's annual aggregate in one year. */
export interface OutputYearOptions {
  /** The scenario analysed: preset id, scenario object or resolved scenario. */
  scenario: ScenarioInput | ResolvedScenario | string;
  /** Output id. */
  output: string;
  /** Calendar year, between the scenario's time.from and time.to. */
  year: number;
}

/** A plan recording one output per year, the parameters it may vary and where the year sits. */
export interface OutputYearPlan {
  /** Plan template (its design is empty: callers fill it). */
  plan: SamplePlan;
  scenario: ResolvedScenario;
  /** Parameters with priors, minus those the scenario sets. */
  parameters: UncertainParameter[];
  /** Column of the year in a row recorded by this plan. */
  column: number;
}

/**
 * The shared set-up of tornado and Sobol analyses: resolves and prepares the scenario, checks the
 * output and the year, lists the uncertain parameters, and lays out a plan that records the
 * output's annual aggregates (stocks at year end, flows summed, levels averaged).
 * Cost: one scenario preparation.
 *
 * @param engine the engine bound to its data
 * @param options scenario, output and year
 * @returns the plan template, the varied parameters and the year's column
 * @throws ScenarioError naming `options` (not an object), `output` (unknown id) or `year` (outside the simulated years)
 * @example planOutputYear(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2030}).column // 7
 */
export function planOutputYear(engine: Engine, options: OutputYearOptions): OutputYearPlan {
  requireObject(options, "options");
  const scenario = engine.resolve(options.scenario);
  if (!engine.structure.outputIndex.has(options.output)) throw new ScenarioError("output", `names unknown output "${options.output}"`);
  const {from, to} = scenario.time;
  if (!Number.isInteger(options.year) || options.year < from || options.year > to) {
    throw new ScenarioError("year", `must be a whole year between ${from} and ${to} (the simulated years), got ${options.year}`);
  }
  const parameters = uncertainParameters(engine.data.parameters, scenario.changed.parameters);
  const plan: SamplePlan = {
    scenario: engine.prepare(scenario),
    parameters: parameters.map((p) => p.id),
    design: new Float64Array(0),
    outputs: [options.output],
    annual: true,
    goals: []
  };
  return {plan, scenario, parameters, column: options.year - from};
}
