import {createRandom} from "../random/createRandom.js";
import {latinHypercube} from "../random/latinHypercube.js";
import {priorQuantile} from "../random/prior.js";
import type {UncertainParameter} from "./uncertainParameters.js";

/**
 * **Latin hypercube design in parameter space**: `runs` draws of every uncertain parameter, each
 * column stratified on [0, 1) (`latinHypercube` from `createRandom(seed)`, stream 0) and mapped
 * through its prior's quantile function. The whole design comes from the seed alone, so any
 * split of its rows across workers gives the same runs.
 * Cost: O(runs · parameters) time and memory (8 bytes per value).
 *
 * @param parameters the varied parameters (see `uncertainParameters`), at least one
 * @param runs number of draws, integer >= 1
 * @param seed generator seed, integer in [0, 4294967295]
 * @returns runs × parameters matrix, row-major: draw r, parameter j at `r * parameters.length + j`
 * @throws RangeError if parameters is empty, runs is not an integer >= 1, or seed is out of range
 * @example sampleParameters([{id: "x", prior: {distribution: "uniform", min: 0, max: 10}}], 4, 1)
 * // => four values, one in each of [0, 2.5), [2.5, 5), [5, 7.5), [7.5, 10)
 */
export function sampleParameters(parameters: readonly UncertainParameter[], runs: number, seed: number): Float64Array {
  if (parameters.length === 0) throw new RangeError("sampleParameters: parameters must list at least one parameter with a prior, got none");
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`sampleParameters: runs must be an integer >= 1, got ${runs}`);
  const k = parameters.length;
  const design = latinHypercube(runs, k, createRandom(seed));
  for (let j = 0; j < k; j++) {
    const {prior} = parameters[j];
    for (let i = j; i < design.length; i += k) design[i] = priorQuantile(prior, design[i]);
  }
  return design;
}
