import type {Engine} from "../simulate.js";
import {type MonteCarloOptions, type MonteCarloPlan, planMonteCarlo} from "../uncertainty/planMonteCarlo.js";
import {uncertainParameters} from "../uncertainty/uncertainParameters.js";
import type {PosteriorSample} from "./calibrate.js";
import {modelDraws} from "./modelDraws.js";
import {posteriorDesign} from "./posteriorDesign.js";

/**
 * **A Monte Carlo plan drawn from the posterior** (`shapan mc --calibrated`): planMonteCarlo's
 * plan, with its design replaced by posteriorDesign: rows of the stored posterior sample,
 * resampled with replacement by the seed, for the posterior's model parameters (nuisance
 * parameters are the likelihood's, not the model's), and Latin hypercube draws from their priors
 * for every other uncertain parameter. A parameter the scenario sets is held at its value (its
 * column of the sample is dropped; the others keep their joint draws).
 *
 * Cost: planMonteCarlo's, plus O(runs · parameters).
 *
 * @param engine the engine bound to its data
 * @param options the Monte Carlo request (scenario, runs, seed, outputs, annual, quantiles, goals)
 * @param sample the posterior sample (data/calibration.json's `sample`)
 * @returns the plan to run
 * @throws ScenarioError (field "calibration") if the sample names parameters the model no longer declares
 * @throws see planMonteCarlo and posteriorDesign
 * @example calibratedPlan(engine, {scenario: "baseline", runs: 1000, seed: 1, annual: true}, calibration.sample).plan.design.length
 */
export function calibratedPlan(engine: Engine, options: MonteCarloOptions, sample: PosteriorSample): MonteCarloPlan {
  const base = planMonteCarlo(engine, options);
  const fixed = base.scenario.changed.parameters;
  const declared = engine.data.parameters.map((p) => p.id);
  const posterior = modelDraws(sample, declared, {fixed});
  const rest = uncertainParameters(engine.data.parameters, [...fixed, ...posterior.parameters]);
  const {parameters, design} = posteriorDesign(posterior, rest, options.runs, options.seed, true);
  return {...base, plan: {...base.plan, parameters, design}};
}
