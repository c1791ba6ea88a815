import {createRandom} from "../random/createRandom.js";
import {sampleParameters} from "../uncertainty/sampleParameters.js";
import type {UncertainParameter} from "../uncertainty/uncertainParameters.js";

/** A posterior sample's draws and the ids of their columns (data/calibration.json's `sample`). */
export interface SampleDraws {
  parameters: readonly string[];
  draws: readonly (readonly number[])[];
}

/**
 * **Parameter sets from a posterior sample, the rest from their priors**: a design whose first
 * columns are rows of the sample (each row in turn when `runs` equals the number of draws and
 * `resample` is false; otherwise drawn uniformly with replacement, seed stream 2) and whose other
 * columns are the `rest` parameters drawn by Latin hypercube from their priors (sampleParameters,
 * the seed's stream 0), so that `shapan mc --calibrated` keeps the posterior's correlations and
 * treats what the data did not fit as Monte Carlo does.
 *
 * Cost: O(runs · (sample columns + rest)).
 *
 * @param sample the posterior draws and their parameter ids
 * @param rest parameters drawn from their priors (none of them in the sample)
 * @param runs rows, integer >= 1
 * @param seed integer in [0, 4294967295]
 * @param resample draw rows at random (Monte Carlo) rather than each in turn (the report's bands)
 * @returns column ids (sample's, then rest's) and the design, row-major runs × columns
 * @throws RangeError if the sample is empty or a row's length differs from its ids, runs is bad,
 *   rows are taken in turn but runs differs from the draws, or a rest parameter is also in the sample
 * @example posteriorDesign(calibration.sample, [], 2000, 1, true).design.length // 2000 × sample columns
 */
export function posteriorDesign(sample: SampleDraws, rest: readonly UncertainParameter[], runs: number, seed: number, resample: boolean): {parameters: string[]; design: Float64Array} {
  const width = sample.parameters.length;
  if (sample.draws.length === 0 || sample.draws.some((row) => row.length !== width)) {
    throw new RangeError(`posteriorDesign: the sample must hold at least one draw of ${width} values (one per parameter)`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`posteriorDesign: runs must be an integer >= 1, got ${runs}`);
  if (!resample && runs !== sample.draws.length) throw new RangeError(`posteriorDesign: taking each draw in turn needs runs = ${sample.draws.length}, got ${runs}`);
  const overlap = rest.find((p) => sample.parameters.includes(p.id));
  if (overlap) throw new RangeError(`posteriorDesign: ${overlap.id} is both in the posterior sample and drawn from its prior`);
  const columns = width + rest.length;
  const design = new Float64Array(runs * columns);
  const random = createRandom(seed, 2);
  const prior = rest.length > 0 ? sampleParameters(rest, runs, seed) : undefined;
  for (let r = 0; r < runs; r++) {
    const row = sample.draws[resample ? Math.floor(random() * sample.draws.length) : r];
    for (let j = 0; j < width; j++) design[r * columns + j] = row[j];
    for (let j = 0; j < rest.length; j++) design[r * columns + width + j] = prior![r * rest.length + j];
  }
  return {parameters: [...sample.parameters, ...rest.map((p) => p.id)], design};
}
