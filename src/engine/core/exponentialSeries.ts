/**
 * exp(rate * (times[j] - times[0])) for evenly spaced `times`, by repeated multiplication:
 * time-only growth curves are precomputed once per run without a Math.exp per point.
 *
 * @param rate growth rate per year (negative for decline)
 * @param times evenly spaced instants, years
 * @param into optional output array of the same length
 * @returns the series, starting at 1
 * @example exponentialSeries(Math.log(2), Float64Array.of(0, 1, 2)) // [1, 2, 4]
 */
export function exponentialSeries(rate: number, times: Float64Array, into = new Float64Array(times.length)): Float64Array {
  if (times.length === 0) return into;
  into[0] = 1;
  if (times.length === 1) return into;
  const factor = Math.exp(rate * (times[1] - times[0]));
  for (let j = 1; j < times.length; j++) into[j] = into[j - 1] * factor;
  return into;
}
