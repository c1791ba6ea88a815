import type {FactSpec, TargetSpec} from "../declarations.js";
import type {Projection} from "../simulate.js";
import {readTarget} from "./readTarget.js";

/** One row of the calibration table: a seed figure, the model's value and the residual. */
export interface FactComparison {
  fact: FactSpec;
  target?: TargetSpec;
  /** The model's value, or undefined when the model does not cover the figure. */
  model?: number;
  /** (model - figure) / figure. */
  residual?: number;
  /** Within tolerance (or at least the figure, for lower bounds). */
  ok?: boolean;
}

/**
 * Compares a projection with every fact: the calibration report of `shapan facts`, the sources
 * page and the calibration test all read this one table.
 *
 * @example compareFacts(simulate("baseline"), facts, targets)[0].residual // near 0
 */
export function compareFacts(projection: Projection, facts: FactSpec[], targets: TargetSpec[]): FactComparison[] {
  return facts.map((fact) => {
    const target = targets.find((t) => t.fact === fact.id);
    if (!target) return {fact};
    const model = readTarget(projection, target);
    const residual = (model - fact.value) / fact.value;
    const ok = target.comparison === "at-least" ? model >= fact.value : Math.abs(residual) <= target.tolerance;
    return {fact, target, model, residual, ok};
  });
}
