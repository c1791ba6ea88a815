import {uncertainParameters} from "../uncertainty/uncertainParameters.js";
import type {UncertainParameter} from "../uncertainty/uncertainParameters.js";
import type {CalibrationModel} from "./calibrationModel.js";
import {compileLikelihood, likelihoodLastYear} from "./compileLikelihood.js";
import {posteriorDesign, type SampleDraws} from "./posteriorDesign.js";
import type {ResolvedTerm} from "./resolveTerm.js";

/**
 * **The terms' quantities under the posterior**: one run per draw of the sample (each draw once),
 * with every other uncertain parameter (model parameters the scenario does not set, and nuisance
 * parameters the sample lacks) drawn from its prior, as `shapan mc --calibrated` draws them; runs
 * reach the last year any term reads, holdouts included.
 *
 * Cost: one run per draw to the last year the terms read.
 *
 * @param model the model
 * @param terms the terms to read (fit, holdout and check alike)
 * @param sample the posterior draws (model and nuisance parameters)
 * @param nuisance every nuisance parameter the terms may scale by, with its prior
 * @param seed seed of the prior draws
 * @returns draw-major quantities: draw i, term j at i · terms.length + j
 * @example posteriorPredictive(model, terms, result.sample, nuisance, 1).length // draws × terms
 */
export function posteriorPredictive(model: CalibrationModel, terms: readonly ResolvedTerm[], sample: SampleDraws, nuisance: readonly UncertainParameter[], seed: number): Float64Array {
  const to = likelihoodLastYear(terms);
  const compiled = model.compile(to);
  const fixed = [...compiled.prepared.scenario.changed.parameters, ...sample.parameters];
  const used = new Set(terms.flatMap((t) => (t.term.scale ? [t.term.scale] : [])));
  const rest = [...uncertainParameters(model.parameters, fixed), ...nuisance.filter((p) => used.has(p.id) && !sample.parameters.includes(p.id))];
  const {parameters, design} = posteriorDesign(sample, rest, sample.draws.length, seed, false);
  const nuisanceIds = nuisance.map((p) => p.id);
  const likelihood = compileLikelihood(terms, model.outputs, compiled.grid, nuisanceIds);
  const isNuisance = parameters.map((id) => nuisanceIds.indexOf(id));
  const columns = parameters.length;
  const values: Record<string, number> = {};
  const nuisanceValues = new Float64Array(nuisanceIds.length).fill(NaN);
  const buffer = new Float64Array(compiled.size);
  const quantities = new Float64Array(sample.draws.length * terms.length);
  const row = new Float64Array(terms.length);
  for (let r = 0; r < sample.draws.length; r++) {
    for (let j = 0; j < columns; j++) {
      const v = design[r * columns + j];
      if (isNuisance[j] >= 0) nuisanceValues[isNuisance[j]] = v;
      else values[parameters[j]] = v;
    }
    compiled.runInto(buffer, values);
    quantities.set(likelihood.quantities(buffer, nuisanceValues, row), r * terms.length);
  }
  return quantities;
}
