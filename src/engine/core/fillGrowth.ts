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
  into[0] = level;
  for (let j = 1; j < into.length; j++) into[j] = into[j - 1] * factor;
  return into;
}
