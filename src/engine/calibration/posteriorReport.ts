import {sampleCorrelation} from "simple-statistics";
import {createRandom} from "../random/createRandom.js";
import {standardNormalQuantile} from "../random/standardNormalQuantile.js";
import type {UncertainParameter} from "../uncertainty/uncertainParameters.js";
import type {CalibrationModel} from "./calibrationModel.js";
import type {SampleDraws} from "./posteriorDesign.js";
import {posteriorPredictive} from "./posteriorPredictive.js";
import {type DistributionSummary, priorSummary} from "./priorSummary.js";
import type {ResolvedTerm} from "./resolveTerm.js";
import {sampleSummary} from "./sampleSummary.js";

/** How much the data moved one parameter. */
export interface ParameterReport {
  id: string;
  kind: "model" | "nuisance";
  /** False for a parameter that moves no fitted quantity: its posterior is its prior, and it is not sampled. */
  sampled: boolean;
  prior: DistributionSummary;
  posterior: DistributionSummary;
  /** Posterior sd / prior sd: 1 = the data say nothing, 0.5 = they halve the uncertainty. */
  contraction: number;
  /** (posterior median − prior median) / prior sd. */
  shift: number;
  /** inert (moves no fitted quantity), not identified (posterior ≈ prior), partly identified, identified. */
  identification: "inert" | "not identified" | "partly identified" | "identified";
}

/** One term's figure against the model's posterior. */
export interface ObservationReport {
  term: string;
  output: string;
  role: ResolvedTerm["role"];
  /** A seed figure. */
  seed: boolean;
  year: number;
  published: string;
  /** The figure in the model's unit (the bound of a lower bound), its log-sd and whether it is one-sided. */
  observed: number;
  sd: number;
  lower: boolean;
  /** The figure's 90% interval in the model's unit; a lower bound has no upper end (null). */
  interval: [number, number | null];
  /** The model's quantity over the posterior draws. */
  model: DistributionSummary;
  /** The 90% band of what would be observed: the model's quantity with the figure's measurement error. */
  predictive: [number, number];
  /** ln(model median / figure); for a lower bound only a shortfall counts (≤ 0). */
  error: number;
  /** The figure lies in the predictive band (a lower bound: the band reaches it). */
  inside: boolean;
}

/** Posterior correlations of the sampled parameters. */
export interface CorrelationReport {
  parameters: string[];
  /** Pearson correlations over the posterior draws, 3 decimals. */
  matrix: number[][];
  /** Pairs with |r| > 0.7: the data pin down a combination, not each parameter. */
  strong: Array<{a: string; b: string; r: number}>;
}

export interface PosteriorReport {
  parameters: ParameterReport[];
  correlations: CorrelationReport;
  observations: ObservationReport[];
}

/** A posterior sd below half the prior's (or a shift of a prior sd) identifies a parameter. */
const identifiedContraction = 0.5;
const identifiedShift = 1;
/** Above 0.9 of the prior's sd and within 0.3 prior sds of its median, the data say next to nothing. */
const unidentifiedContraction = 0.9;
const unidentifiedShift = 0.3;
/** A correlation above this in size is flagged. */
const strongCorrelation = 0.7;
const z95 = 1.6448536269514722;

/** What {@link posteriorReport} reads of a calibration. */
export interface ReportInputs {
  model: CalibrationModel;
  terms: readonly ResolvedTerm[];
  /** Every fitted coordinate (model parameters, then nuisance), with its prior. */
  coordinates: readonly UncertainParameter[];
  /** How many of the coordinates are model parameters. */
  modelCount: number;
  /** Indices of the sampled coordinates. */
  sampled: readonly number[];
  /** The recorded chain of the sampled coordinates, step-major. */
  positions: Float64Array;
  /** The kept draws. */
  sample: SampleDraws;
  seed: number;
}

/**
 * **The calibration report**: for every fitted parameter its prior and posterior (median, 5–95%,
 * sd), how far the data moved it (sd ratio, shift of the median in prior sds) and whether they
 * identify it; the posterior correlations of the sampled parameters (|r| > 0.7 flagged); and for
 * every term, the model's posterior median and 90% band against the figure, with the band of what
 * would be observed (measurement error added, seed stream 4) and whether the figure lies in it.
 *
 * Cost: priorSummary per parameter, a correlation per pair over the draws, and one run per draw (posteriorPredictive).
 *
 * @param inputs the calibration's model, terms, coordinates, chain, draws and seed
 * @returns parameters, correlations and observations
 * @example posteriorReport(inputs).parameters.filter((p) => p.identification === "not identified").map((p) => p.id)
 */
export function posteriorReport(inputs: ReportInputs): PosteriorReport {
  const {coordinates, modelCount, sampled, positions, sample, terms} = inputs;
  const n = sampled.length;
  const states = positions.length / n;
  const column = new Float64Array(states);
  const parameters = coordinates.map((c, i): ParameterReport => {
    const prior = priorSummary(c.prior);
    const d = sampled.indexOf(i);
    const kind = i < modelCount ? "model" : "nuisance";
    if (d < 0) return {id: c.id, kind, sampled: false, prior, posterior: prior, contraction: 1, shift: 0, identification: "inert"};
    for (let s = 0; s < states; s++) column[s] = positions[s * n + d];
    const posterior = sampleSummary(column);
    const contraction = posterior.sd / prior.sd;
    const shift = (posterior.median - prior.median) / prior.sd;
    const identification =
      contraction < identifiedContraction || Math.abs(shift) > identifiedShift
        ? "identified"
        : contraction > unidentifiedContraction && Math.abs(shift) < unidentifiedShift
          ? "not identified"
          : "partly identified";
    return {id: c.id, kind, sampled: true, prior, posterior, contraction, shift, identification};
  });

  const columns = sample.parameters.map((_, j) => sample.draws.map((row) => row[j]));
  const matrix = columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : correlation(a, b))));
  const strong: CorrelationReport["strong"] = [];
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) if (Math.abs(matrix[i][j]) > strongCorrelation) strong.push({a: sample.parameters[i], b: sample.parameters[j], r: matrix[i][j]});
  }
  strong.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));

  const nuisance = coordinates.slice(modelCount);
  const quantities = posteriorPredictive(inputs.model, terms, sample, nuisance, inputs.seed);
  const draws = sample.draws.length;
  const random = createRandom(inputs.seed, 4);
  const values = new Float64Array(draws);
  const noisy = new Float64Array(draws);
  const observations = terms.map((t, j): ObservationReport => {
    for (let r = 0; r < draws; r++) {
      values[r] = quantities[r * terms.length + j];
      noisy[r] = values[r] * Math.exp(t.sd * standardNormalQuantile(random()));
    }
    const model = sampleSummary(values);
    const band = sampleSummary(noisy);
    const predictive: [number, number] = [band.q05, band.q95];
    const logError = Math.log(model.median / t.observed);
    return {
      term: t.term.id,
      output: t.term.output,
      role: t.role,
      seed: t.seed,
      year: t.year,
      published: t.published,
      observed: t.observed,
      sd: t.sd,
      lower: t.lower,
      interval: t.lower ? [t.observed, null] : [t.observed * Math.exp(-z95 * t.sd), t.observed * Math.exp(z95 * t.sd)],
      model,
      predictive,
      error: t.lower ? Math.min(0, logError) : logError,
      inside: t.lower ? predictive[1] >= t.observed : t.observed >= predictive[0] && t.observed <= predictive[1]
    };
  });
  return {parameters, correlations: {parameters: [...sample.parameters], matrix, strong}, observations};
}

function correlation(a: number[], b: number[]): number {
  const r = a.length > 1 ? sampleCorrelation(a, b) : NaN;
  return Number.isFinite(r) ? Math.round(r * 1000) / 1000 : 0;
}
