import type {Dimensions} from "../declarations.js";

const cache = new WeakMap<Dimensions, Map<string, unknown>>();

/**
 * A table derived from the dimensions alone (sector shares, region weights), built once per
 * dimensions object: a Monte Carlo binds the model thousands of times with the same data.
 *
 * @param dims the model's dimensions
 * @param name the table's name, unique per block
 * @param build makes the table from the dimensions
 * @example dimensionTable(dims, "market", (d) => Float64Array.from(d.sectors, (s) => s.potentialShare))
 */
export function dimensionTable<T>(dims: Dimensions, name: string, build: (dims: Dimensions) => T): T {
  let tables = cache.get(dims);
  if (!tables) cache.set(dims, (tables = new Map()));
  if (!tables.has(name)) tables.set(name, build(dims));
  return tables.get(name) as T;
}
