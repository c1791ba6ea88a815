import type {MonteCarloResult} from "../uncertainty/summarizeSamples.js";
import {quantileLabel} from "./quantileLabel.js";

/**
 * Monte Carlo results as a plain JSON-ready object: settings (with how the bands were computed,
 * "exact" or "sketch"), the time axis, per output the deterministic series and one array per
 * quantile (keyed `q05`, `q50`, ...), and per goal its probability, deterministic value and the
 * quantiles of its value.
 * Cost: O(size of the result).
 *
 * @param result from `monteCarlo` or `runMonteCarlo`
 * @returns an object for JSON.stringify
 * @example monteCarloToJson(result).goals[0].probability // 0.72
 */
export function monteCarloToJson(result: MonteCarloResult) {
  const labels = result.quantiles.map(quantileLabel);
  return {
    scenario: result.scenario,
    runs: result.runs,
    seed: result.seed,
    parameters: result.parameters,
    quantiles: result.quantiles,
    method: result.method,
    [result.annual ? "year" : "time"]: Array.from(result.time),
    bands: Object.fromEntries(
      Object.entries(result.bands).map(([id, band]) => [id, {deterministic: Array.from(band.deterministic), ...Object.fromEntries(labels.map((label, q) => [label, Array.from(band.quantiles[q])]))}])
    ),
    goals: result.goals.map((g) => ({
      goal: g.goal.text,
      probability: g.probability,
      deterministic: g.deterministic.value,
      deterministicMet: g.deterministic.met,
      ...Object.fromEntries(labels.map((label, q) => [label, g.quantiles[q]]))
    }))
  };
}
