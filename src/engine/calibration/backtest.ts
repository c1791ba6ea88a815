import {ScenarioError} from "../scenario/scenarioError.js";
import {type CalibrateOptions, type CalibrationResult, calibrate, type Evidence} from "./calibrate.js";
import type {CalibrationModel} from "./calibrationModel.js";
import type {ObservationReport} from "./posteriorReport.js";
import type {ResolvedTerm} from "./resolveTerm.js";

/** Options of {@link backtest}: calibrate's, and what was known when. */
export interface BacktestOptions extends Omit<CalibrateOptions, "role"> {
  /** The last publication date the fit may use, ISO; default "2023-12-31". */
  cutoff?: string;
  /** Calendar years whose observations score the projection, inclusive; default [2024, 2025]. */
  years?: [number, number];
}

/** How well the projection met what was observed after the cutoff. */
export interface BacktestScore {
  /** Terms scored. */
  count: number;
  /** Share of figures inside the 90% band of what would be observed (model band with measurement error). */
  coverage: number;
  /** Share of figures inside the 90% band of the model's quantity alone. */
  modelCoverage: number;
  /** Median over the terms of |ln(model median / figure)| (a lower bound counts a shortfall only). */
  medianAbsLogError: number;
}

/** What {@link backtest} returns. */
export interface BacktestResult {
  cutoff: string;
  years: [number, number];
  /** The fit on what was known at the cutoff. */
  fit: CalibrationResult;
  /** The scored terms: each figure against the projection. */
  scored: ObservationReport[];
  score: BacktestScore;
}

/**
 * **Backtest**: refits the model on what was known at the cutoff (terms published by then that
 * describe its year or earlier, plus the seed figures, which were known whatever span they
 * describe), projects, and scores the projection against every later figure of the scored years
 * that the likelihood maps (fit or holdout; check terms restate others and are left out): coverage
 * of the 90% band and the error of the median.
 *
 * Cost: calibrate's, on fewer terms, with runs to the end of the last scored year.
 *
 * @param model the model and scenario (engineCalibrationModel, from the declared defaults)
 * @param evidence the likelihood and what its terms cite
 * @param options calibrate's options, the cutoff and the scored years
 * @returns the fit, the scored figures and the scores
 * @throws see calibrate; ScenarioError when nothing was known at the cutoff or nothing is left to score
 * @example backtest(model, evidence, {seed: 1, skipMissing: true}).score.coverage // 0.6
 */
export function backtest(model: CalibrationModel, evidence: Evidence, options: BacktestOptions): BacktestResult {
  const cutoff = options.cutoff ?? "2023-12-31";
  const years = options.years ?? [2024, 2025];
  const cutoffYear = Number(cutoff.slice(0, 4));
  const role = (t: ResolvedTerm): ResolvedTerm["role"] | "omit" => {
    if (t.role === "check") return "omit";
    const published = t.published <= cutoff;
    if (published && (t.year <= cutoffYear || t.term.fact !== undefined)) return "fit";
    return t.year >= years[0] && t.year <= years[1] ? "holdout" : "omit";
  };
  const fit = calibrate(model, evidence, {...options, role});
  const scored = fit.report.observations.filter((o) => o.role === "holdout");
  if (scored.length === 0) throw new ScenarioError("backtest", `has nothing to score: no term of ${years[0]}-${years[1]} published after ${cutoff} reads an output the model declares`);
  const errors = scored.map((o) => Math.abs(o.error)).sort((a, b) => a - b);
  const middle = errors.length / 2;
  const median = errors.length === 0 ? NaN : errors.length % 2 ? errors[Math.floor(middle)] : (errors[middle - 1] + errors[middle]) / 2;
  const inModel = (o: ObservationReport) => (o.lower ? o.model.q95 >= o.observed : o.observed >= o.model.q05 && o.observed <= o.model.q95);
  return {
    cutoff,
    years,
    fit,
    scored,
    score: {
      count: scored.length,
      coverage: scored.filter((o) => o.inside).length / scored.length,
      modelCoverage: scored.filter(inModel).length / scored.length,
      medianAbsLogError: median
    }
  };
}
