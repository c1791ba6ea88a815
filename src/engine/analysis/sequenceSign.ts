/** What a sweep shows: rising, falling, constant, or rising in one place and falling in another. */
export type ObservedSign = "+" | "-" | "0" | "mixed";

/**
 * The direction of a sequence of values (an output over a lever's sweep): "0" when every value is
 * exactly the first; "+" (or "-") when no step falls (rises) by more than `tolerance` times the
 * sequence's largest magnitude; "mixed" when steps beyond that tie band go both ways. A sequence
 * flat within the band without being constant takes the sign of its net change.
 *
 * @param values the sequence, in the order of the swept lever's values
 * @param tolerance share of the largest magnitude within which a step is a tie
 * @example sequenceSign([1, 2, 2.0001, 1.9999], 1e-3) // "+"
 * @example sequenceSign([1, 2, 1], 1e-3) // "mixed"
 */
export function sequenceSign(values: ArrayLike<number>, tolerance: number): ObservedSign {
  let constant = true;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== values[0]) constant = false;
    largest = Math.max(largest, Math.abs(values[i]));
  }
  if (constant) return "0";
  const tie = tolerance * largest;
  let rises = false;
  let falls = false;
  for (let i = 1; i < values.length; i++) {
    const step = values[i] - values[i - 1];
    if (step > tie) rises = true;
    else if (step < -tie) falls = true;
  }
  if (rises !== falls) return rises ? "+" : "-";
  if (rises) return "mixed";
  const change = values[values.length - 1] - values[0];
  return change > 0 ? "+" : change < 0 ? "-" : "mixed";
}
