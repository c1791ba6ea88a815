import type {ModelData, ParameterSpec, ScenarioInput, TargetSpec} from "../declarations.js";
import {nelderMead} from "../optimize/nelderMead.js";
import {createRandom} from "../random/createRandom.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import {firstYear} from "../scenario/schema.js";
import {createEngine} from "../simulate.js";
import {calibrationReport, type CalibrationReport} from "./calibrationReport.js";
import {defaultCalibrationParameters} from "./defaultCalibrationParameters.js";
import {lastTargetYear} from "./lastTargetYear.js";

/** Options of {@link calibrate}; every field has a default. */
export interface CalibrationOptions {
  /** Parameter ids to fit; default defaultCalibrationParameters (calibrated, in a measured subsystem). */
  parameters?: string[];
  /** Targets to fit; default data.targets. */
  targets?: TargetSpec[];
  /** Random starting points besides the declared defaults, integer >= 0; default 4. */
  restarts?: number;
  /** Seed of the random starting points, integer in [0, 2^32 − 1]; default 1. */
  seed?: number;
  /**
   * Weight of the pull towards the declared defaults, per squared distance in the normalised box;
   * finite >= 0, default 0.1. With more parameters than targets many sets fit equally well; this
   * picks the one nearest the documented reasoning (moving one parameter by a tenth of its range
   * costs 0.001, against a loss of about 0.25 for the hand fit).
   */
  priorWeight?: number;
  /** Scenario the targets are read from; default "baseline". */
  scenario?: ScenarioInput | string;
  /** Function evaluations per starting point, integer >= 100; default 4000. */
  maxEvaluations?: number;
  /** Called after each starting point with its index (0 = the defaults), the count and the best loss so far. */
  onProgress?: (start: number, starts: number, bestLoss: number) => void;
}

/** What {@link calibrate} found. */
export interface CalibrationResult {
  /** Fitted values by parameter id, to 6 significant digits (data/calibration.json's `parameters`). */
  parameters: Record<string, number>;
  /** Declared defaults of the fitted parameters: the starting point, and what "moved" is measured from. */
  declared: Record<string, number>;
  /** Search box by parameter id: the prior's [min, max], or the declared range for parameters without a prior. */
  bounds: Record<string, [number, number]>;
  /** Report at the declared defaults. */
  before: CalibrationReport;
  /** Report at the fitted values. */
  after: CalibrationReport;
  /** Best target loss reached from each starting point (0 = the defaults). */
  startLosses: number[];
  /** Weight of the pull towards the declared defaults that was used. */
  priorWeight: number;
  /** Model runs. */
  evaluations: number;
}

/**
 * **Calibration**: fits uncertain parameters to the seed figures by minimising the weighted loss
 * Σ weight · (residual / tolerance)² (lower bounds penalised only below; see scoreTarget) plus a
 * small pull towards the declared defaults, with Nelder–Mead (Lagarias et al. 1998) in the
 * normalised box [0, 1]^n spanned by the priors' bounds, from the declared defaults and from
 * `restarts` seeded random points. Because the first start is the declared defaults, the fitted
 * loss is never above the hand fit's.
 *
 * The fit starts from the declared defaults, not from an earlier calibration (data.calibration is
 * ignored), so it is reproducible, and parameters not fitted stay at their defaults, as they will
 * when the result replaces data/calibration.json. Runs stop at the last year a target reads, which
 * leaves every target value unchanged (the integration is causal) and makes a run ~8× faster.
 *
 * Cost: (1 + restarts) · maxEvaluations model runs at most; about 0.3 ms each to 2025.
 *
 * @param data the model data (pure: nothing is read or written)
 * @param options see {@link CalibrationOptions}
 * @returns fitted values, bounds, the reports before and after, and counts
 * @throws ScenarioError if a parameter id is unknown, repeated or has an empty search box
 * @throws RangeError if restarts, seed, priorWeight or maxEvaluations is out of range, or a target names no fact
 * @example calibrate(data).after.statistics.loss // below calibrate(data).before.statistics.loss
 */
export function calibrate(data: ModelData, options: CalibrationOptions = {}): CalibrationResult {
  const engine = createEngine({...data, calibration: undefined});
  const targets = options.targets ?? data.targets;
  const ids = options.parameters ?? defaultCalibrationParameters(data.parameters, engine.outputs, targets);
  const restarts = options.restarts ?? 4;
  const seed = options.seed ?? 1;
  const priorWeight = options.priorWeight ?? 0.1;
  const maxEvaluations = options.maxEvaluations ?? 4000;
  if (!Number.isInteger(restarts) || restarts < 0) throw new RangeError(`calibrate: restarts must be an integer >= 0, got ${restarts}`);
  if (!(Number.isFinite(priorWeight) && priorWeight >= 0)) throw new RangeError(`calibrate: priorWeight must be a finite number >= 0, got ${priorWeight}`);
  if (!Number.isInteger(maxEvaluations) || maxEvaluations < 100) {
    throw new RangeError(`calibrate: maxEvaluations must be an integer >= 100, got ${maxEvaluations}`);
  }
  if (ids.length === 0) throw new ScenarioError("parameters", "must name at least one parameter to fit");
  const specs = ids.map((id, i) => {
    const spec = data.parameters.find((p) => p.id === id);
    if (!spec) throw new ScenarioError("parameters", `names unknown parameter "${id}"; run \`shapan parameters\` for the list`);
    if (ids.indexOf(id) !== i) throw new ScenarioError("parameters", `names "${id}" twice`);
    return spec;
  });
  const bounds = specs.map(searchBounds);
  const n = specs.length;

  const scenario = engine.resolve(options.scenario ?? "baseline");
  // Targets read 2023 on, whatever year the scenario reports from.
  const fitRun = engine.compile(engine.derive(scenario, {time: {from: firstYear, to: Math.min(scenario.time.to, lastTargetYear(targets))}}));
  const fullRun = engine.compile(engine.derive(scenario, {time: {from: firstYear}}));
  const values: Record<string, number> = {};
  const toValues = (unit: ArrayLike<number>) => {
    for (let d = 0; d < n; d++) values[specs[d].id] = bounds[d][0] + unit[d] * (bounds[d][1] - bounds[d][0]);
    return values;
  };

  const declaredUnit = specs.map((spec, d) => clamp01((spec.default - bounds[d][0]) / (bounds[d][1] - bounds[d][0])));
  let evaluations = 0;
  const targetLoss = (unit: ArrayLike<number>) => {
    evaluations++;
    return calibrationReport(fitRun.run(toValues(unit)), data.facts, targets).statistics.loss;
  };
  const objective = (unit: Float64Array) => {
    let pull = 0;
    for (let d = 0; d < n; d++) pull += (unit[d] - declaredUnit[d]) ** 2;
    return targetLoss(unit) + priorWeight * pull;
  };

  const box = {lower: new Float64Array(n), upper: new Float64Array(n).fill(1)};
  const random = createRandom(seed);
  const startLosses: number[] = [];
  let best = Float64Array.from(declaredUnit);
  let bestValue = Infinity;
  for (let s = 0; s <= restarts; s++) {
    const initial = s === 0 ? declaredUnit : Array.from({length: n}, () => random());
    const result = nelderMead(objective, box, {initial, maxEvaluations, tolerance: 1e-12});
    startLosses.push(targetLoss(result.x));
    if (result.value < bestValue) {
      bestValue = result.value;
      best = Float64Array.from(result.x);
    }
    options.onProgress?.(s, restarts + 1, bestValue);
  }

  // Six significant digits keep the committed file readable; the reports are computed at the
  // rounded values, so they are exactly what the baseline reproduces.
  const parameters = Object.fromEntries(Object.entries(toValues(best)).map(([id, value]) => [id, Number(value.toPrecision(6))]));
  const declared = Object.fromEntries(specs.map((p) => [p.id, p.default]));
  return {
    parameters,
    declared,
    bounds: Object.fromEntries(specs.map((p, d) => [p.id, bounds[d]])),
    before: calibrationReport(fullRun.run(declared), data.facts, targets),
    after: calibrationReport(fullRun.run(parameters), data.facts, targets),
    startLosses,
    priorWeight,
    evaluations
  };
}

function searchBounds(spec: ParameterSpec): [number, number] {
  const [lower, upper] = spec.prior ? [spec.prior.min, spec.prior.max] : [spec.min, spec.max];
  if (!(upper > lower)) throw new ScenarioError("parameters", `names "${spec.id}", whose range [${lower}, ${upper}] is empty`);
  return [lower, upper];
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
