import type {CalibrationModel} from "./calibrationModel.js";
import {compileLikelihood, likelihoodLastYear} from "./compileLikelihood.js";
import {largestChange} from "./largestChange.js";
import type {ResolvedTerm} from "./resolveTerm.js";

/** The largest relative change of any likelihood quantity between two steps. */
export interface StepComparison {
  /** Steps per year compared: the run's, and the reference. */
  stepsPerYear: number;
  reference: number;
  /** max |q(step) / q(reference) − 1| over the terms. */
  change: number;
  /** The term that changes most. */
  term: string;
  limit: number;
  ok: boolean;
}

/** Whether a step gives a converged solution for the likelihood's quantities. */
export interface IntegrationCheck {
  stepsPerYear: number;
  method: "euler" | "rk4";
  /** Month or finer: halving the step moves no quantity by more than 1%. Coarser: the monthly step's halving, the reference. */
  halving: StepComparison;
  /** Quarter or year: the quantities against the converged solution (the month halved), within 2%. */
  coarse?: StepComparison;
  ok: boolean;
}

/** Halving the step may move a quantity by at most this much (issue 10). */
export const halvingLimit = 0.01;
/** A step coarser than a month may move a quantity by at most this much from the converged solution. */
export const coarseLimit = 0.02;

/**
 * **Is the solution converged where the likelihood reads it?** Reads every term's quantity at
 * the step asked and at half of it: a month (or finer) step passes when halving moves no quantity
 * by more than 1%. A quarter or a year passes when the month's halving passes (so that the
 * half-month solution is a converged reference) and the coarse step stays within 2% of it.
 * Nuisance shares multiply both sides, so quantities are read without them.
 *
 * Cost: 2 runs (4 for a step coarser than a month) to the last year the terms read.
 *
 * @param model the model (its compile at any step)
 * @param terms the terms whose quantities must converge
 * @param parameters the parameter values to run at (e.g. prior medians, or the calibrated point)
 * @param stepsPerYear the step to check, default the scenario's
 * @returns the comparisons and the verdict
 * @example integrationCheck(model, terms, {}).ok // false when halving a monthly Euler step moves the Beijing gap by 12%
 */
export function integrationCheck(model: CalibrationModel, terms: readonly ResolvedTerm[], parameters: Readonly<Record<string, number>>, stepsPerYear = model.stepsPerYear): IntegrationCheck {
  const to = likelihoodLastYear(terms);
  const nuisance = [...new Set(terms.flatMap((t) => (t.term.scale ? [t.term.scale] : [])))];
  const ones = new Float64Array(nuisance.length).fill(1);
  const at = (perYear: number) => {
    const compiled = model.compile(to, perYear);
    const likelihood = compileLikelihood(terms, compiled.prepared.outputs, compiled.grid, nuisance);
    const buffer = compiled.runInto(new Float64Array(compiled.size), parameters);
    return likelihood.quantities(buffer, ones, new Float64Array(terms.length));
  };
  const compare = (step: number, reference: number, a: Float64Array, b: Float64Array, limit: number): StepComparison => {
    const {change, term} = largestChange(a, b, terms);
    return {stepsPerYear: step, reference, change, term, limit, ok: change <= limit};
  };
  if (stepsPerYear >= 12) {
    const halving = compare(stepsPerYear, 2 * stepsPerYear, at(stepsPerYear), at(2 * stepsPerYear), halvingLimit);
    return {stepsPerYear, method: model.method, halving, ok: halving.ok};
  }
  const converged = at(24);
  const halving = compare(12, 24, at(12), converged, halvingLimit);
  const coarse = compare(stepsPerYear, 24, at(stepsPerYear), converged, coarseLimit);
  return {stepsPerYear, method: model.method, halving, coarse, ok: halving.ok && coarse.ok};
}
