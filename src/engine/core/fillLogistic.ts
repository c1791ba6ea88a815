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
  const odds = ceiling / initial - 1;
  let integral = 0;
  into[0] = initial;
  for (let j = 1; j < into.length; j++) {
    integral += ((rate[j - 1] + rate[j]) / 2) * (times[j] - times[j - 1]);
    into[j] = ceiling / (1 + odds * Math.exp(-integral));
  }
  return into;
}
