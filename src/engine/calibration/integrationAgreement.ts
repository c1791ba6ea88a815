import type {CalibrationModel} from "./calibrationModel.js";
import {compileLikelihood, likelihoodLastYear} from "./compileLikelihood.js";
import {coarseLimit, type StepComparison} from "./integrationCheck.js";
import {largestChange} from "./largestChange.js";
import type {ResolvedTerm} from "./resolveTerm.js";

/**
 * **Do two integration settings agree where the likelihood reads?** Reads every term's quantity
 * under the calibration's settings (step and method) and under another run's, and compares them:
 * calibrated results (mc --calibrated at another --step or --method) are refused when a quantity
 * moves by more than 2%, since the posterior was fitted on the first solution.
 *
 * Cost: one run of each model to the last year the terms read.
 *
 * @param reference the model as calibrated
 * @param other the same scenario at the other step or method
 * @param terms the fitted terms
 * @param parameters the values to run at (the calibrated point)
 * @returns the largest relative change, the term, and whether it is within 2%
 * @example integrationAgreement(calibrated, quarterly, terms, point).ok // false if a quarter moves the gap by 3%
 */
export function integrationAgreement(reference: CalibrationModel, other: CalibrationModel, terms: readonly ResolvedTerm[], parameters: Readonly<Record<string, number>>): StepComparison {
  const to = likelihoodLastYear(terms);
  const nuisance = [...new Set(terms.flatMap((t) => (t.term.scale ? [t.term.scale] : [])))];
  const ones = new Float64Array(nuisance.length).fill(1);
  const read = (model: CalibrationModel) => {
    const compiled = model.compile(to);
    const likelihood = compileLikelihood(terms, model.outputs, compiled.grid, nuisance);
    return likelihood.quantities(compiled.runInto(new Float64Array(compiled.size), parameters), ones, new Float64Array(terms.length));
  };
  const a = read(other);
  const b = read(reference);
  const {change, term} = largestChange(a, b, terms);
  return {stepsPerYear: other.stepsPerYear, reference: reference.stepsPerYear, change, term, limit: coarseLimit, ok: change <= coarseLimit};
}
