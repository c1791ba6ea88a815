/**
 * The logistic path of a quantity growing at a time-varying rate g(t) towards a ceiling, exactly:
 * x(t) = ceiling / (1 + (ceiling / x0 - 1) * exp(-G(t))), with G the integral of g since times[0]
 * (trapezoid rule: exact for piecewise-linear schedules). For a quantity with no feedback this is
 * solved once per run, free of any integrator's error.
 *
 * @param into the path, length times.length (overwritten)
 * @param rate g on the same instants, per year
 * @param times increasing instants, years
 * @param initial x at times[0] (0 stays 0)
 * @param ceiling the carrying capacity, > 0
 * @returns into
 * @example fillLogistic(new Float64Array(2), Float64Array.of(0, 0), Float64Array.of(0, 1), 5, 10) // [5, 5]
 */
export function fillLogistic(into: Float64Array, rate: Float64Array, times: Float64Array, initial: number, ceiling: number): Float64Array {
  if (initial <= 0) return into.fill(0);
  // odds(t) = odds(0) * exp(-G(t)), updated by the factor for each interval; the factor is
  // recomputed only when the interval's increment changes (schedules are mostly piecewise flat).
  let odds = ceiling / initial - 1;
  let increment = NaN;
  let factor = 1;
  into[0] = initial;
  for (let j = 1; j < into.length; j++) {
    const next = ((rate[j - 1] + rate[j]) / 2) * (times[j] - times[j - 1]);
    if (next !== increment) factor = Math.exp(-(increment = next));
    odds *= factor;
    into[j] = ceiling / (1 + odds);
  }
  return into;
}
