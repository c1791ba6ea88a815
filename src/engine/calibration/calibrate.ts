import type {FactSpec, LikelihoodSpec, ObservationSpec, SourceSpec} from "../declarations.js";
import {createRandom} from "../random/createRandom.js";
import {type Prior, priorQuantile} from "../random/prior.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {UncertainParameter} from "../uncertainty/uncertainParameters.js";
import {autocorrelationTime} from "./autocorrelationTime.js";
import type {CalibrationModel} from "./calibrationModel.js";
import {compileLikelihood, likelihoodLastYear} from "./compileLikelihood.js";
import {ensembleSampler} from "./ensembleSampler.js";
import {type IntegrationCheck, integrationCheck} from "./integrationCheck.js";
import {missingOutputs} from "./missingOutputs.js";
import {type PosteriorReport, posteriorReport} from "./posteriorReport.js";
import {priorLogDensity} from "./priorLogDensity.js";
import {type ResolvedTerm, resolveTerm} from "./resolveTerm.js";
import {sampleSummary} from "./sampleSummary.js";
import {splitRhat} from "./splitRhat.js";

/** The data a calibration reads: the likelihood and what its terms cite. */
export interface Evidence {
  likelihood: LikelihoodSpec;
  observations: readonly ObservationSpec[];
  facts: readonly FactSpec[];
  sources: readonly SourceSpec[];
}

/** Options of {@link calibrate}; every field but seed has a default. */
export interface CalibrateOptions {
  /** Seed of the starting points and the moves, integer in [0, 4294967295]. */
  seed: number;
  /** Parameter ids to fit; default the likelihood's `parameters`, else every parameter with a prior. */
  parameters?: readonly string[];
  /** Leave out terms whose outputs the model does not declare (listed in the result), instead of refusing. */
  skipMissing?: boolean;
  /** Each term's role in this fit (the backtest refits on what was known at a date); "omit" drops it. Default the term's own. */
  role?: (term: ResolvedTerm) => ResolvedTerm["role"] | "omit";
  /** Walkers, even integer >= 2 × sampled dimensions; default 4 × dimensions, at least 16. */
  walkers?: number;
  /** Steps of every walker, integer >= 20; default 3000. */
  steps?: number;
  /** Steps discarded as burn-in; default half the steps. */
  burn?: number;
  /** Draws kept in the posterior sample, evenly spaced over the chain after burn-in; default 1000. */
  draws?: number;
  /**
   * Share of differential-evolution moves among the stretch moves (ensembleSampler), in [0, 1);
   * default 0.8, as emcee advises for difficult posteriors: on the shipped model (55 sampled
   * parameters) it cut the largest τ from 335 to 241 steps and the largest split R-hat from 3.2 to 1.5.
   */
  differential?: number;
  /** Called after each step with the number done and the total. */
  onProgress?: (done: number, steps: number) => void;
}

/** A sampled posterior, as data/calibration.json stores it. */
export interface PosteriorSample {
  /** Ids of the sampled coordinates: model parameters, then nuisance parameters. */
  parameters: string[];
  /** Which of them are nuisance parameters (of the likelihood, not the model). */
  nuisance: string[];
  /** Draws, each a row in `parameters` order, 6 significant digits. */
  draws: number[][];
  /** Log posterior (up to a constant) of each draw. */
  logPosterior: number[];
}

/** Sampler health. */
export interface CalibrationDiagnostics {
  walkers: number;
  steps: number;
  burn: number;
  /** Every thin-th step after burn-in was recorded for the diagnostics. */
  thin: number;
  /** Model runs. */
  evaluations: number;
  /** Share of proposals accepted: mean over walkers, and the lowest walker's. */
  acceptance: {mean: number; min: number};
  /** Integrated autocorrelation time in steps, by sampled coordinate. */
  autocorrelation: Record<string, number>;
  /** Effective sample size: walkers × (steps − burn) / τ, by coordinate. */
  ess: Record<string, number>;
  /** Split R-hat across walkers, by coordinate. */
  rhat: Record<string, number>;
  /** Steps after burn-in in units of the largest τ (emcee asks for 50 before trusting τ). */
  lengthInTau: number;
  /** What a reader should know before trusting the posterior; empty when every check passed. */
  warnings: string[];
  /** Split R-hat below 1.05 and the chain at least 50 τ long; low acceptance alone is only a warning. */
  converged: boolean;
}

/** What {@link calibrate} returns: data/calibration.json without its date and description. */
export interface CalibrationResult {
  method: {
    sampler: string;
    seed: number;
    scenario: string;
    /** Steps per year and integration method of the fitted runs. */
    stepsPerYear: number;
    integration: "euler" | "rk4";
    /** The last year the fitted runs reach. */
    to: number;
  };
  terms: {fitted: string[]; holdout: string[]; check: string[]; skipped: Array<{term: string; output: string}>};
  /** The point deterministic runs use, and why. */
  point: {kind: "median"; reason: string; logPosterior: number};
  /** The point's model parameters (the engine's calibrated defaults). */
  parameters: Record<string, number>;
  /** The point's nuisance parameters. */
  nuisance: Record<string, number>;
  sample: PosteriorSample;
  diagnostics: CalibrationDiagnostics;
  /** The step check before sampling (at the prior medians) and at the point. */
  integration: {start: IntegrationCheck; point: IntegrationCheck};
  report: PosteriorReport;
}

/** Chosen so the diagnostics hold a few hundred steps of every walker whatever the chain's length. */
const recordedSteps = 500;

const pointReason =
  "The posterior median of each sampled parameter: with dozens of weakly identified parameters the highest-density state the sampler visits is a nearly random point of the posterior's bulk, not its mode, while each median is a stable central estimate of its own marginal and equals the prior median where the data say nothing. Its joint fit is reported (logPosterior here; each figure's value in the report); where parameters are strongly correlated the medians together can sit off the ridge, which `shapan mc --calibrated` avoids by drawing whole rows of the sample.";

/**
 * **Bayesian calibration**: samples the posterior of the fitted parameters (and the likelihood's
 * nuisance parameters) given the observations, with the affine-invariant ensemble sampler.
 * log posterior = Σ log prior (declared priors, truncated to their bounds) + Σ log likelihood of
 * the terms whose role is "fit" (lognormal, one-sided for lower bounds; see termLogDensity). Runs
 * stop at the last year a fitted term reads. Parameters that move no fitted quantity (checked by
 * moving each to its prior's 5% and 95% points) are not sampled: their posterior is their prior.
 *
 * Before sampling, the step is checked at the prior medians (integrationCheck); an unconverged
 * step is refused. Walkers start at the highest-posterior quarter of 4 × walkers prior draws. The
 * point deterministic runs use is the posterior median of each parameter (see `point.reason`); the
 * report compares every parameter's prior and posterior and every term's figure with the model's
 * posterior band, computed from the kept draws with every other uncertain parameter drawn from its
 * prior (as `shapan mc --calibrated` does).
 *
 * Cost: walkers × (steps + 4) runs to the last fitted year, plus draws runs to the last year any term reads.
 *
 * @param model the model and scenario to fit (engineCalibrationModel, from the declared defaults)
 * @param evidence the likelihood and the observations, figures and sources its terms cite
 * @param options seed, and the sampler's settings
 * @returns the point, the posterior sample, diagnostics, the step checks and the report
 * @throws ScenarioError naming outputs the model lacks (unless skipMissing), an unknown or repeated
 *   parameter, a parameter without a prior, an unconverged step (field time.step), or no term to fit
 * @throws RangeError for bad sampler settings, or when no starting point has a finite posterior (names the terms)
 * @example calibrate(engineCalibrationModel(engine, "baseline"), evidence, {seed: 1, skipMissing: true}).point
 */
export function calibrate(model: CalibrationModel, evidence: Evidence, options: CalibrateOptions): CalibrationResult {
  const {seed} = options;
  const sources = {
    observations: new Map(evidence.observations.map((o) => [o.id, o])),
    facts: new Map(evidence.facts.map((f) => [f.id, f])),
    sources: new Map(evidence.sources.map((s) => [s.id, s]))
  };
  const missing = missingOutputs(
    evidence.likelihood.terms,
    model.outputs.map((o) => o.id)
  );
  if (missing.size > 0 && !options.skipMissing) {
    const list = [...missing].map(([id, readers]) => `${id} (${readers.join(", ")})`).join("; ");
    throw new ScenarioError("likelihood", `reads outputs the model does not declare: ${list}; fit the other terms with skipMissing (shapan calibrate --skip-missing)`);
  }
  const skipped: Array<{term: string; output: string}> = [];
  for (const [output, readers] of missing) for (const term of readers) skipped.push({term, output});
  const skippedIds = new Set(skipped.map((s) => s.term));
  const terms: ResolvedTerm[] = [];
  for (const term of evidence.likelihood.terms) {
    if (skippedIds.has(term.id)) continue;
    const resolved = resolveTerm(term, sources);
    const role = options.role ? options.role(resolved) : resolved.role;
    if (role !== "omit") terms.push(role === resolved.role ? resolved : {...resolved, role});
  }
  const fittedTerms = terms.filter((t) => t.role === "fit");
  if (fittedTerms.length === 0) throw new ScenarioError("likelihood", "leaves no term to fit");

  // The coordinates: fitted model parameters, then the nuisance parameters the terms scale by.
  const specs = new Map(model.parameters.map((p) => [p.id, p]));
  const ids = [...(options.parameters ?? evidence.likelihood.parameters ?? model.parameters.filter((p) => p.prior).map((p) => p.id))];
  ids.forEach((id, i) => {
    const spec = specs.get(id);
    if (!spec) throw new ScenarioError("parameters", `names unknown parameter "${id}"; run \`shapan parameters\` for the list`);
    if (!spec.prior) throw new ScenarioError("parameters", `names "${id}", which has no prior to fit from`);
    if (ids.indexOf(id) !== i) throw new ScenarioError("parameters", `names "${id}" twice`);
  });
  if (ids.length === 0) throw new ScenarioError("parameters", "must name at least one parameter to fit");
  const nuisanceSpecs = evidence.likelihood.nuisance.filter((n) => terms.some((t) => t.term.scale === n.id));
  const coordinates: UncertainParameter[] = [...ids.map((id) => ({id, prior: stripReasoning(specs.get(id)!.prior!)})), ...nuisanceSpecs.map((n) => ({id: n.id, prior: stripReasoning(n.prior)}))];
  const modelCount = ids.length;
  const nuisanceIds = nuisanceSpecs.map((n) => n.id);

  const medians = Object.fromEntries(coordinates.map((c) => [c.id, priorQuantile(c.prior, 0.5)]));
  // The model runs on its own parameters only: nuisance parameters scale the likelihood.
  const modelValues = (values: Record<string, number>) => Object.fromEntries(ids.map((id) => [id, values[id]]));
  const start = integrationCheck(model, fittedTerms, modelValues(medians));
  if (!start.ok) throw new ScenarioError("time.step", stepRefusal(start));

  const to = likelihoodLastYear(fittedTerms);
  const compiled = model.compile(to);
  const likelihood = compileLikelihood(fittedTerms, model.outputs, compiled.grid, nuisanceIds);
  const buffer = new Float64Array(compiled.size);
  const values: Record<string, number> = {};
  const nuisanceValues = new Float64Array(nuisanceIds.length);
  let evaluations = 0;
  // The log posterior of a full coordinate vector (model parameters, then nuisance).
  const logPosteriorOf = (x: ArrayLike<number>) => {
    let total = 0;
    for (let i = 0; i < coordinates.length; i++) total += priorLogDensity(coordinates[i].prior, x[i]);
    if (total === -Infinity) return total;
    for (let i = 0; i < modelCount; i++) values[ids[i]] = x[i];
    for (let i = 0; i < nuisanceIds.length; i++) nuisanceValues[i] = x[modelCount + i];
    evaluations++;
    compiled.runInto(buffer, values);
    return total + likelihood.logLikelihood(buffer, nuisanceValues);
  };

  // Coordinates that move no fitted quantity are left at their prior.
  const inert = inertCoordinates(coordinates, (x) => {
    for (let i = 0; i < modelCount; i++) values[ids[i]] = x[i];
    for (let i = 0; i < nuisanceIds.length; i++) nuisanceValues[i] = x[modelCount + i];
    compiled.runInto(buffer, values);
    return likelihood.quantities(buffer, nuisanceValues, new Float64Array(fittedTerms.length));
  });
  const sampled = coordinates.flatMap((_, i) => (inert.has(i) ? [] : [i]));
  if (sampled.length === 0) throw new ScenarioError("parameters", "move none of the fitted terms' quantities: nothing to sample");
  const n = sampled.length;
  const full = Float64Array.from(coordinates, (c) => medians[c.id]);
  const logDensity = (y: Float64Array) => {
    for (let i = 0; i < n; i++) full[sampled[i]] = y[i];
    return logPosteriorOf(full);
  };

  const walkers = options.walkers ?? Math.max(16, 4 * n);
  const steps = options.steps ?? 3000;
  const burn = options.burn ?? Math.floor(steps / 2);
  const draws = options.draws ?? 1000;
  if (!Number.isInteger(walkers) || walkers % 2 !== 0 || walkers < 2 * n)
    throw new RangeError(`calibrate: walkers must be an even integer >= ${2 * n} (twice the ${n} sampled parameters), got ${walkers}`);
  if (!Number.isInteger(steps) || steps < 20) throw new RangeError(`calibrate: steps must be an integer >= 20, got ${steps}`);
  if (!Number.isInteger(burn) || burn < 0 || steps - burn < 10) throw new RangeError(`calibrate: burn must be an integer from 0 to steps − 10 (${steps - 10}), got ${burn}`);
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`calibrate: draws must be an integer >= 1, got ${draws}`);
  const thin = Math.max(1, Math.ceil((steps - burn) / recordedSteps));

  const initial = startingPoints(coordinates, sampled, walkers, seed, logDensity, () => {
    // Which fitted terms rule the prior out, for the error message.
    const quantities = likelihood.quantities(buffer, nuisanceValues, new Float64Array(fittedTerms.length));
    return fittedTerms.filter((_, j) => !(quantities[j] > 0 && quantities[j] < Infinity)).map((t) => t.term.id);
  });
  const chain = ensembleSampler(logDensity, initial, walkers, {steps, seed, burn, thin, differential: options.differential ?? 0.8, onStep: options.onProgress});

  // The recorded states, thinned to `draws` evenly spaced ones; the point is the posterior median.
  const states = chain.recorded * walkers;
  const pick = Array.from({length: Math.min(draws, states)}, (_, i) => Math.floor(((i + 0.5) * states) / Math.min(draws, states)));
  const sampledIds = sampled.map((i) => coordinates[i].id);
  const round = (x: number) => Number(x.toPrecision(6));
  const rows = pick.map((s) => Array.from(chain.positions.subarray(s * n, (s + 1) * n), round));
  const column = new Float64Array(states);
  const pointRow = sampled.map((_, d) => {
    for (let s = 0; s < states; s++) column[s] = chain.positions[s * n + d];
    return round(sampleSummary(column).median);
  });
  const pointLogPosterior = logDensity(Float64Array.from(pointRow));
  const point = Object.fromEntries(sampledIds.map((id, i) => [id, pointRow[i]]));
  const pointParameters = Object.fromEntries(Object.entries(point).filter(([id]) => specs.has(id)));

  const diagnostics = chainDiagnostics(chain, sampledIds, thin, burn, evaluations);
  const report = posteriorReport({
    model,
    terms,
    coordinates,
    modelCount,
    sampled,
    positions: chain.positions,
    sample: {parameters: sampledIds, draws: rows},
    seed
  });
  return {
    method: {
      sampler: `affine-invariant ensemble sampler (Goodman & Weare 2010, stretch move a = 2), with ${options.differential ?? 0.8} of the moves differential evolution (ter Braak 2006)`,
      seed,
      scenario: model.scenario,
      stepsPerYear: model.stepsPerYear,
      integration: model.method,
      to
    },
    terms: {
      fitted: fittedTerms.map((t) => t.term.id),
      holdout: terms.filter((t) => t.role === "holdout").map((t) => t.term.id),
      check: terms.filter((t) => t.role === "check").map((t) => t.term.id),
      skipped
    },
    point: {kind: "median", reason: pointReason, logPosterior: pointLogPosterior},
    parameters: pointParameters,
    nuisance: Object.fromEntries(Object.entries(point).filter(([id]) => !specs.has(id))),
    sample: {
      parameters: sampledIds,
      nuisance: sampledIds.filter((id) => !specs.has(id)),
      draws: rows,
      logPosterior: pick.map((s) => round(chain.logDensity[s]))
    },
    diagnostics,
    integration: {start, point: integrationCheck(model, fittedTerms, modelValues({...medians, ...point}))},
    report
  };
}

/** The refusal of an unconverged step, in words. */
export function stepRefusal(check: IntegrationCheck): string {
  const name = (perYear: number) => ({12: "month", 4: "quarter", 1: "year"})[perYear] ?? `1/${perYear} year`;
  const failed = check.coarse && !check.coarse.ok ? check.coarse : check.halving;
  // Three significant figures without exponents: 1170%, not 1.17e+3%.
  const percent = (x: number) => `${Number((x * 100).toPrecision(3))}%`;
  if (failed === check.coarse) {
    return `${name(check.stepsPerYear)} (${check.method}) moves ${failed.term} by ${percent(failed.change)} from the converged solution (at most ${percent(failed.limit)} for calibrated results); use the month step`;
  }
  return `${name(failed.stepsPerYear)} (${check.method}) is not converged: halving it moves ${failed.term} by ${percent(failed.change)} (at most ${percent(failed.limit)}); calibrated results need a converged solution (try --method rk4)`;
}

function stripReasoning(prior: Prior & {reasoning?: string}): Prior {
  const {reasoning: _reasoning, ...rest} = prior;
  return rest as Prior;
}

/**
 * Coordinates whose move from their prior's 5% to 95% point changes no fitted quantity, at the
 * prior medians and at two prior draws (a switch may hide a parameter at one point).
 */
function inertCoordinates(coordinates: readonly UncertainParameter[], quantities: (x: Float64Array) => Float64Array): Set<number> {
  const random = createRandom(0x1e57, 3);
  const points = [Float64Array.from(coordinates, (c) => priorQuantile(c.prior, 0.5))];
  for (let p = 0; p < 2; p++) points.push(Float64Array.from(coordinates, (c) => priorQuantile(c.prior, 0.1 + 0.8 * random())));
  const inert = new Set<number>();
  for (let i = 0; i < coordinates.length; i++) {
    let moves = false;
    for (const base of points) {
      const x = Float64Array.from(base);
      x[i] = priorQuantile(coordinates[i].prior, 0.05);
      const low = quantities(x);
      x[i] = priorQuantile(coordinates[i].prior, 0.95);
      const high = quantities(x);
      for (let j = 0; j < low.length && !moves; j++) {
        if (low[j] !== high[j] && !(Math.abs(high[j] - low[j]) <= 1e-9 * Math.abs(low[j]))) moves = true;
      }
      if (moves) break;
    }
    if (!moves) inert.add(i);
  }
  return inert;
}

/**
 * Starting walkers: the `walkers` highest-posterior of 4 × walkers prior draws (seed, stream 1),
 * so the ensemble starts spread across the region the data allow and burn-in is short.
 */
function startingPoints(
  coordinates: readonly UncertainParameter[],
  sampled: readonly number[],
  walkers: number,
  seed: number,
  logDensity: (y: Float64Array) => number,
  ruledOutBy: () => string[]
): Float64Array {
  const n = sampled.length;
  const random = createRandom(seed, 1);
  const candidates: Array<{x: Float64Array; lp: number}> = [];
  const blockers = new Set<string>();
  for (let c = 0; c < 4 * walkers; c++) {
    const x = Float64Array.from(sampled, (i) => priorQuantile(coordinates[i].prior, random()));
    const lp = logDensity(x);
    if (lp > -Infinity) candidates.push({x, lp});
    else for (const id of ruledOutBy()) blockers.add(id);
  }
  if (candidates.length < walkers) {
    throw new RangeError(
      `calibrate: only ${candidates.length} of ${4 * walkers} prior draws give the model a finite likelihood (${walkers} walkers needed); ${blockers.size ? `the model's value is 0 or not finite for ${[...blockers].join(", ")}` : "check the priors"}`
    );
  }
  candidates.sort((a, b) => b.lp - a.lp);
  const initial = new Float64Array(walkers * n);
  for (let k = 0; k < walkers; k++) initial.set(candidates[k].x, k * n);
  return initial;
}

/** Acceptance, τ, ESS and split R-hat of a chain, with warnings in words. */
function chainDiagnostics(chain: ReturnType<typeof ensembleSampler>, ids: readonly string[], thin: number, burn: number, evaluations: number): CalibrationDiagnostics {
  const {walkers, steps, recorded, positions, dimension, accepted} = chain;
  const acceptance = Array.from(accepted, (a) => a / steps);
  const tau = recorded >= 2 ? autocorrelationTime(positions, recorded, walkers, dimension) : new Float64Array(dimension).fill(NaN);
  const rhat = recorded >= 4 ? splitRhat(positions, recorded, walkers, dimension) : new Float64Array(dimension).fill(NaN);
  const kept = steps - burn;
  const tauSteps = Array.from(tau, (t) => t * thin);
  const ess = tauSteps.map((t) => (walkers * kept) / t);
  const maxTau = Math.max(...tauSteps.filter(Number.isFinite));
  const lengthInTau = kept / maxTau;
  const meanAcceptance = acceptance.reduce((a, b) => a + b, 0) / walkers;
  // Low acceptance costs efficiency, not validity: it shows in τ, which the chain's length must cover.
  const efficiency = meanAcceptance < 0.1 ? [`mean acceptance ${meanAcceptance.toFixed(3)} is below 0.1: walkers move rarely, so the chain must be long in autocorrelation times`] : [];
  const unconverged: string[] = [];
  const worstRhat = Math.max(...Array.from(rhat).filter(Number.isFinite));
  if (!(worstRhat < 1.05)) unconverged.push(`split R-hat reaches ${worstRhat.toFixed(3)} (${ids[Array.from(rhat).indexOf(worstRhat)]}); below 1.05 is needed`);
  if (!(lengthInTau >= 50)) unconverged.push(`the chain after burn-in is ${lengthInTau.toFixed(1)} autocorrelation times long; 50 are needed before τ (and the ESS) can be trusted: run more steps`);
  if (recorded * thin < 4 * thin || tau.some((t) => !Number.isFinite(t))) unconverged.push("some coordinates never moved or the chain is too short for τ");
  const byId = (list: ArrayLike<number>) => Object.fromEntries(ids.map((id, i) => [id, Number(list[i].toPrecision(4))]));
  return {
    walkers,
    steps,
    burn,
    thin,
    evaluations,
    acceptance: {mean: meanAcceptance, min: Math.min(...acceptance)},
    autocorrelation: byId(tauSteps),
    ess: byId(ess),
    rhat: byId(rhat),
    lengthInTau,
    warnings: [...efficiency, ...unconverged],
    converged: unconverged.length === 0
  };
}
