import {type CalibrateOptions, type CalibrationModel, createEngine, data, type Evidence, engineCalibrationModel, type ObservationReport, type ParameterReport, stepRefusal} from "../index.js";
import type {CalibrationDiagnostics, IntegrationCheck} from "../engine/index.js";
import {didYouMean} from "../engine/scenario/didYouMean.js";
import {nodeCompile} from "../node/compiledModel.js";
import {nodeFormulas} from "../node/formulas.js";
import type {Io, Options, Values} from "./command.js";
import {integerFlag} from "./integerFlag.js";
import {refuseRepeats} from "./shared.js";
import {formatCell, table} from "./table.js";
import {UsageError} from "./usageError.js";

/** Flags `calibrate` and `backtest` share: what to fit, the sampler, the step. */
export const calibrationOptions = {
  parameters: {type: "string"},
  "skip-missing": {type: "boolean"},
  seed: {type: "string"},
  walkers: {type: "string"},
  steps: {type: "string"},
  burn: {type: "string"},
  draws: {type: "string"},
  differential: {type: "string"},
  step: {type: "string"},
  method: {type: "string"}
} satisfies Options;

export const calibrationHelp: Record<string, string> = {
  parameters: "comma-separated parameter ids to fit (default: data/likelihood.json's list, else every parameter with a prior)",
  "skip-missing": "fit the terms whose outputs the model declares, and list the others, instead of refusing",
  seed: "seed of the starting points and the sampler's moves, 0 to 4294967295 (default 1); same seed, same sample",
  walkers: "walkers of the ensemble, an even number >= twice the sampled parameters (default 4 × them, at least 16)",
  steps: "steps of every walker, 20 to 1000000 (default 3000)",
  burn: "steps discarded as burn-in (default half of --steps)",
  draws: "draws kept in the posterior sample, 1 to 100000 (default 1000)",
  differential: "share of differential-evolution moves among the stretch moves, 0 to 0.9 (default 0.8); they mix better than stretch moves in tens of dimensions",
  step: "month (default), quarter or year: a coarser step is refused unless it stays within 2% of the converged solution",
  method: "rk4 (default) or euler: the integration the fit runs on (halving its step must move no fitted quantity by more than 1%)"
};

/** The evidence in data/: the likelihood and the observations, figures and sources it cites. */
export function evidence(): Evidence {
  return {likelihood: data.likelihood, observations: data.observations, facts: data.facts, sources: data.sources};
}

/**
 * The model to fit: the baseline from the declared defaults (data/calibration.json is not read,
 * so a fit never depends on the last one), at --step and --method.
 */
export function calibrationModel(values: Values): CalibrationModel {
  const time: Record<string, string> = {};
  for (const [flag, allowed] of [
    ["step", ["month", "quarter", "year"]],
    ["method", ["euler", "rk4"]]
  ] as const) {
    const given = values[flag] as string | undefined;
    if (given === undefined) continue;
    if (!(allowed as readonly string[]).includes(given)) throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${given}"`);
    time[flag] = given;
  }
  const engine = createEngine({...data, calibration: undefined}, {formulas: nodeFormulas, compile: nodeCompile});
  return engineCalibrationModel(engine, {version: 1, extends: "baseline", name: "baseline", time});
}

/** calibrate's options from the flags (the sampler's ranges checked here, before any run). */
export function calibrateOptions(values: Values, io: Io, label: string): CalibrateOptions {
  const steps = integerFlag(values, "steps", 20, 1_000_000, 3000);
  const burn = values.burn === undefined ? undefined : integerFlag(values, "burn", 0, steps - 10, 0);
  const walkers = values.walkers === undefined ? undefined : integerFlag(values, "walkers", 4, 100_000, 16);
  if (walkers !== undefined && walkers % 2 !== 0) throw new UsageError(`--walkers must be an even number, got ${walkers}`);
  return {
    seed: integerFlag(values, "seed", 0, 4294967295, 1),
    parameters: values.parameters === undefined ? undefined : parameterList(values.parameters as string),
    skipMissing: values["skip-missing"] === true,
    walkers,
    steps,
    burn,
    draws: integerFlag(values, "draws", 1, 100_000, 1000),
    differential: shareFlag(values.differential as string | undefined),
    onProgress: (done, total) => {
      if (io.interactive && (done % 50 === 0 || done === total)) io.stderr(`\r${label}: step ${done}/${total}   ${done === total ? "\n" : ""}`);
    }
  };
}

/** Runs a calibration step, turning the sampler's range errors (walkers for the sampled dimension) into usage errors. */
export function asUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError && /^(calibrate|ensembleSampler):/.test(error.message)) throw new UsageError(error.message.replace(/^\w+: /, ""));
    throw error;
  }
}

function shareFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const share = text.trim() === "" ? NaN : Number(text);
  if (!(share >= 0 && share <= 0.9)) throw new UsageError(`--differential must be a share from 0 to 0.9, got "${text}"`);
  return share;
}

function parameterList(text: string): string[] {
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError("--parameters must name at least one parameter");
  const known = new Set(data.parameters.map((p) => p.id));
  for (const id of ids) if (!known.has(id)) throw new UsageError(`--parameters names unknown parameter "${id}"; ${didYouMean(id, known)}run \`shapan parameters\` for the list`);
  refuseRepeats("--parameters", ids);
  return ids;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const number = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? "" : formatCell(Number(x.toPrecision(4))));

/** Prior against posterior, parameter by parameter. */
export function parameterTable(parameters: readonly ParameterReport[]): string {
  return table(
    ["parameter", "prior median", "prior 5-95%", "posterior median", "posterior 5-95%", "sd ratio", "shift (prior sd)", "identification"],
    parameters.map((p) => [
      p.id,
      number(p.prior.median),
      `${number(p.prior.q05)} – ${number(p.prior.q95)}`,
      number(p.posterior.median),
      `${number(p.posterior.q05)} – ${number(p.posterior.q95)}`,
      p.contraction.toFixed(2),
      p.shift.toFixed(2),
      p.identification
    ])
  );
}

/** Each figure against the model's posterior band. */
export function observationTable(observations: readonly ObservationReport[]): string {
  return table(
    ["term", "role", "output", "figure (model unit)", "figure 90%", "model median", "model 5-95%", "observable 5-95%", "log error", "inside"],
    observations.map((o) => [
      o.term,
      o.role,
      o.output,
      `${o.lower ? ">= " : ""}${number(o.observed)}`,
      o.interval[1] === null ? `>= ${number(o.interval[0])}` : `${number(o.interval[0])} – ${number(o.interval[1])}`,
      number(o.model.median),
      `${number(o.model.q05)} – ${number(o.model.q95)}`,
      `${number(o.predictive[0])} – ${number(o.predictive[1])}`,
      o.error.toFixed(2),
      o.inside ? "yes" : "NO"
    ])
  );
}

/** The sampler's health and the step check, in a few lines. */
export function diagnosticsText(d: CalibrationDiagnostics, integration: {start: IntegrationCheck; point: IntegrationCheck}): string {
  const rhat = Math.max(...Object.values(d.rhat).filter(Number.isFinite));
  const ess = Math.min(...Object.values(d.ess).filter(Number.isFinite));
  const tau = Math.max(...Object.values(d.autocorrelation).filter(Number.isFinite));
  const check = (c: IntegrationCheck) =>
    c.ok ? `ok (halving moves ${c.halving.term} by ${percent(c.halving.change)}${c.coarse ? `; coarse step ${percent(c.coarse.change)}` : ""})` : `FAILED: ${stepRefusal(c)}`;
  return [
    `sampler: ${d.walkers} walkers x ${d.steps} steps (burn-in ${d.burn}), ${d.evaluations} model runs; acceptance ${d.acceptance.mean.toFixed(3)} (lowest walker ${d.acceptance.min.toFixed(3)})`,
    `largest autocorrelation time ${number(tau)} steps (chain after burn-in = ${d.lengthInTau.toFixed(1)} of them); smallest ESS ${number(ess)}; largest split R-hat ${rhat.toFixed(3)}`,
    `step check at the prior medians: ${check(integration.start)}; at the point: ${check(integration.point)}`,
    ...d.warnings.map((w) => `warning: ${w}`),
    ""
  ].join("\n");
}
