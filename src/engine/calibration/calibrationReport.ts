import {readTarget} from "../analysis/readTarget.js";
import type {FactSpec, TargetSpec} from "../declarations.js";
import type {Projection} from "../simulate.js";
import {scoreTarget} from "./scoreTarget.js";

/** One target of a calibration report. */
export interface CalibrationRow {
  /** The target as declared (fact id, output, when, tolerance, weight, comparison). */
  target: TargetSpec;
  /** The seed figure. */
  figure: number;
  model: number;
  /** (model − figure) / figure. */
  residual: number;
  /** Within tolerance (or at least the figure, for lower bounds). */
  ok: boolean;
  /** The target's term in the weighted loss. */
  loss: number;
}

/** Fit statistics over a report's targets. */
export interface FitStatistics {
  /** Number of targets. */
  targets: number;
  /** Targets within tolerance. */
  within: number;
  /** Root mean square of the misfits (relative residuals; lower bounds count only shortfalls). */
  rmse: number;
  /** Mean absolute misfit (relative, 0.05 = 5%). */
  mape: number;
  /** Σ weight · (misfit / tolerance)². */
  loss: number;
}

/** The calibration report: each target with the model's value, and the fit statistics. */
export interface CalibrationReport {
  rows: CalibrationRow[];
  statistics: FitStatistics;
}

/**
 * Calibration report of a projection: each target, the figure, the model's value, the residual,
 * whether it is within tolerance and its loss term, and the fit statistics (RMSE and MAPE of the
 * relative misfits, weighted loss). `shapan calibrate`, the calibration page and the test that
 * guards data/calibration.json all read this one table.
 *
 * Cost: one readTarget per target.
 *
 * @param projection a run covering every target's time
 * @param facts the seed figures, found by each target's `fact`
 * @param targets the targets to report, at least one
 * @returns rows in the order of `targets`, and statistics
 * @throws RangeError if targets is empty or a target names no fact
 * @throws Error if the projection lacks a target's output or time (readTarget)
 * @example calibrationReport(simulate("baseline"), data.facts, data.targets).statistics.within // 9
 */
export function calibrationReport(projection: Projection, facts: FactSpec[], targets: TargetSpec[]): CalibrationReport {
  if (targets.length === 0) throw new RangeError("calibrationReport requires at least one target");
  let squares = 0;
  let absolutes = 0;
  let loss = 0;
  let within = 0;
  const rows = targets.map((target, i): CalibrationRow => {
    const fact = facts.find((f) => f.id === target.fact);
    if (!fact) throw new RangeError(`targets[${i}].fact names no seed figure: "${target.fact}"`);
    const model = readTarget(projection, target);
    const score = scoreTarget(model, fact.value, target);
    squares += score.misfit ** 2;
    absolutes += Math.abs(score.misfit);
    loss += score.loss;
    if (score.ok) within++;
    return {target, figure: fact.value, model, residual: score.residual, ok: score.ok, loss: score.loss};
  });
  const n = targets.length;
  return {rows, statistics: {targets: n, within, rmse: Math.sqrt(squares / n), mape: absolutes / n, loss}};
}
