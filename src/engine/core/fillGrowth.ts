/**
 * level * exp(rate * (t - times[0])) at every instant of an evenly spaced grid, by repeated
 * multiplication: a time-only curve costs one multiplication per point per run instead of an exp
 * per derivative call.
 *
 * @param into the curve, length times.length (overwritten)
 * @param times evenly spaced instants, years
 * @param rate growth rate per year (negative for decline)
 * @param level value at times[0]
 * @returns into
 * @example fillGrowth(new Float64Array(3), Float64Array.of(0, 1, 2), Math.log(2), 5) // [5, 10, 20]
 */
export function fillGrowth(into: Float64Array, times: Float64Array, rate: number, level = 1): Float64Array {
  const factor = times.length > 1 ? Math.exp(rate * (times[1] - times[0])) : 1;
  // The running value stays in a register: reading back into[j - 1] would add a store-to-load
  // round trip to every step of the chain.
  let value = level;
  for (let j = 0; j < into.length; j++, value *= factor) into[j] = value;
  return into;
}
