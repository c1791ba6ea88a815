/**
 * Throws the RangeError of a quantile function given a u outside [0, 1]. A function of its own,
 * called only on that path: a `throw` with a template literal inside a hot quantile function keeps
 * V8 from inlining what it calls, which made a truncated log-normal draw four times slower.
 *
 * @param name the quantile function, for the message
 * @param label the argument's name ("u" or "p")
 * @param value the value given
 * @returns never
 * @throws RangeError "name: label must be in [0, 1], got value"
 * @example if (!(u >= 0 && u <= 1)) notProbability("normalQuantile", "u", u);
 */
export function notProbability(name: string, label: string, value: number): never {
  throw new RangeError(`${name}: ${label} must be in [0, 1], got ${value}`);
}
