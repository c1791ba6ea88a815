import {ScenarioError} from "../scenario/scenarioError.js";
import type {PosteriorSample} from "./calibrate.js";
import type {SampleDraws} from "./posteriorDesign.js";

/**
 * **The model's columns of a posterior sample**: drops the nuisance parameters (the likelihood's,
 * not the model's) and any the caller holds fixed, and keeps every row, or `rows` rows evenly
 * spaced through the sample (rows i·n/rows, rounded down), so that a few draws still span the
 * chain's whole length.
 *
 * Cost: O(kept rows · columns).
 *
 * @param sample the posterior sample (data/calibration.json's `sample`)
 * @param declared the model's parameter ids
 * @param options rows: how many rows, an integer from 1 to the sample's draws (default all); fixed: ids to drop
 * @returns the kept parameter ids and rows
 * @throws ScenarioError (field "calibration") if the sample names parameters the model no longer
 *   declares (run `shapan calibrate` again)
 * @throws RangeError if rows is not an integer from 1 to the number of draws
 * @example modelDraws(calibration.sample, data.parameters.map((p) => p.id), {rows: 50}).draws.length // 50
 */
export function modelDraws(sample: PosteriorSample, declared: readonly string[], options: {rows?: number; fixed?: readonly string[]} = {}): SampleDraws {
  const known = new Set(declared);
  const stale = sample.parameters.filter((id) => !sample.nuisance.includes(id) && !known.has(id));
  if (stale.length > 0) throw new ScenarioError("calibration", `was fitted to parameters the model no longer declares (${stale.join(", ")}); run \`shapan calibrate\` again`);
  const n = sample.draws.length;
  const rows = options.rows ?? n;
  if (!Number.isInteger(rows) || rows < 1 || rows > n) throw new RangeError(`modelDraws: rows must be an integer from 1 to ${n} (the sample's draws), got ${rows}`);
  const fixed = new Set(options.fixed ?? []);
  const columns = sample.parameters.flatMap((id, j) => (sample.nuisance.includes(id) || fixed.has(id) ? [] : [j]));
  return {
    parameters: columns.map((j) => sample.parameters[j]),
    draws: Array.from({length: rows}, (_, i) => {
      const row = sample.draws[Math.floor((i * n) / rows)];
      return columns.map((j) => row[j]);
    })
  };
}
