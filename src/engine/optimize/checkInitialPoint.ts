/**
 * Checks an optimiser's starting point against its box, with the caller's name in the message.
 *
 * @param caller the optimiser, e.g. "nelderMead"
 * @param initial the starting point
 * @param lower lower bounds (the box's dimension is their length)
 * @param upper upper bounds, same length
 * @throws RangeError if initial has the wrong length or a value that is not finite or is outside its bounds
 * @example checkInitialPoint("nelderMead", [2], [0], [1]) // throws "nelderMead: options.initial[0] must be a finite number in [0, 1], got 2"
 */
export function checkInitialPoint(caller: string, initial: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): void {
  const n = lower.length;
  if (initial.length !== n) throw new RangeError(`${caller}: options.initial must have length ${n}, got ${initial.length}`);
  for (let d = 0; d < n; d++) {
    const v = initial[d]!;
    if (!(Number.isFinite(v) && v >= lower[d]! && v <= upper[d]!)) {
      throw new RangeError(`${caller}: options.initial[${d}] must be a finite number in [${lower[d]}, ${upper[d]}], got ${v}`);
    }
  }
}
