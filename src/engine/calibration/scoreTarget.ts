import type {TargetSpec} from "../declarations.js";

/**
 * Loss scale of a lower bound declared with tolerance 0 (the seed's "more than 60 tenders"): a
 * shortfall of 1% then costs one unit of the target's weight, where dividing by 0 would make any
 * shortfall infinite and the loss useless to an optimiser.
 */
export const lowerBoundScale = 0.01;

/** How well one model value meets one target. */
export interface TargetScore {
  /** (model − figure) / figure, as `shapan facts` shows it. */
  residual: number;
  /**
   * The part of the residual that counts as misfit: the residual for "within" targets, and only a
   * shortfall (min(0, residual)) for "at-least" targets. Fit statistics (RMSE, MAPE) use this.
   */
  misfit: number;
  /** Within tolerance, or at least the figure for lower bounds (the rule of compareFacts). */
  ok: boolean;
  /** misfit / tolerance (lowerBoundScale for a lower bound declared with tolerance 0): misfit in tolerances. */
  standardized: number;
  /** weight · standardized², the target's term in the calibration loss. */
  loss: number;
}

/**
 * Scores a model value against a calibration target: the residual, the misfit the fit statistics
 * use, whether it is within tolerance, and its weighted squared term in the calibration loss
 * Σ weight · (residual / tolerance)², where lower bounds are penalised only below the figure.
 *
 * Cost: O(1).
 *
 * @param model the model's value for the target (readTarget)
 * @param figure the seed figure (FactSpec.value), non-zero
 * @param target how the figure is compared: tolerance, weight, comparison
 * @returns the residual, misfit, within-tolerance flag, misfit in tolerances and loss term
 * @throws RangeError if figure is zero or not finite (a relative residual needs a scale)
 * @example scoreTarget(11.5, 12, {tolerance: 0.1, weight: 1, ...}) // {residual: -0.0417, misfit: -0.0417, ok: true, standardized: -0.417, loss: 0.174}
 */
export function scoreTarget(model: number, figure: number, target: TargetSpec): TargetScore {
  if (!Number.isFinite(figure) || figure === 0) {
    throw new RangeError(`target ${target.fact}: the figure must be a finite non-zero number, got ${figure}`);
  }
  const residual = (model - figure) / figure;
  const lowerBound = target.comparison === "at-least";
  const misfit = lowerBound ? Math.min(0, residual) : residual;
  const ok = lowerBound ? model >= figure : Math.abs(residual) <= target.tolerance;
  const scale = lowerBound && target.tolerance === 0 ? lowerBoundScale : target.tolerance;
  const standardized = misfit / scale;
  return {residual, misfit, ok, standardized, loss: target.weight * standardized ** 2};
}
