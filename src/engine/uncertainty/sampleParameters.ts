import {createRandom} from "../random/createRandom.js";
import {latinHypercube} from "../random/latinHypercube.js";
import {float32Within} from "../random/float32Within.js";
import {priorQuantileFunction} from "../random/prior.js";
import {sharedArray} from "./sharedArray.js";
import type {UncertainParameter} from "./uncertainParameters.js";

/** Part of a design to draw, for threads sharing the work (see `sampleParameters`). */
export interface DesignPart {
  /** The whole design's storage, runs × parameters (e.g. shared between the threads). */
  into: Float32Array;
  /** The parameters (design columns) [from, to) this thread draws. */
  columns: readonly [number, number];
}

/**
 * **Latin hypercube design in parameter space**: `runs` draws of every uncertain parameter, each
 * column stratified on [0, 1) (`latinHypercube` from `createRandom(seed)`, stream 0) and mapped
 * through its prior's quantile function, whose constants are computed once per parameter. The
 * whole design comes from the seed alone, so any split of its rows across workers gives the same
 * runs. It is written straight into shared memory where the platform has it (Node, an isolated
 * page), so worker threads read it without a copy, and in single precision: a million runs of a
 * hundred parameters take 400 MB rather than 800, and rounding moves a draw by less than 6e-8 of
 * itself, far inside any prior's spread (`float32Within` keeps it inside the prior's bounds). With `part`, only some parameters are drawn,
 * into the given storage, with the generator started where those parameters' draws begin: threads
 * drawing disjoint parts make the design one thread makes, bit for bit.
 * Cost: O(runs · parameters) time (about 60 ns a value) and 4 bytes a value; a part starting at
 * parameter j first skips j · (2 · runs − 1) uniforms (about 6 ns each).
 *
 * @param parameters the varied parameters (see `uncertainParameters`), at least one
 * @param runs number of draws, integer >= 1
 * @param seed generator seed, integer in [0, 4294967295]
 * @param part the storage and the parameters to draw (default: a new array, every parameter)
 * @returns runs × parameters matrix, row-major: draw r, parameter j at `r * parameters.length + j`
 * @throws RangeError if parameters is empty, runs is not an integer >= 1, seed is out of range, or
 *   the part does not fit the design
 * @example sampleParameters([{id: "x", prior: {distribution: "uniform", min: 0, max: 10}}], 4, 1)
 * // => four values, one in each of [0, 2.5), [2.5, 5), [5, 7.5), [7.5, 10)
 */
export function sampleParameters(parameters: readonly UncertainParameter[], runs: number, seed: number, part?: DesignPart): Float32Array {
  if (parameters.length === 0) throw new RangeError("sampleParameters: parameters must list at least one parameter with a prior, got none");
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`sampleParameters: runs must be an integer >= 1, got ${runs}`);
  const columns = part?.columns ?? [0, parameters.length];
  const random = createRandom(seed, 0, columns[0] * (2 * runs - 1));
  const marginals = parameters.map(({prior}) => {
    const quantile = priorQuantileFunction(prior);
    return (u: number) => float32Within(quantile(u), prior.min, prior.max);
  });
  return latinHypercube(runs, parameters.length, random, {into: part?.into ?? sharedArray(Float32Array, runs * parameters.length), marginals, columns});
}
