/**
 * A column name for a quantile probability: per cent, two digits when whole.
 *
 * @param probability in [0, 1]
 * @returns "q05" for 0.05, "q50" for 0.5, "q100" for 1, "q2.5" for 0.025
 * @example [0.05, 0.5, 0.975].map(quantileLabel) // ["q05", "q50", "q97.5"]
 */
export function quantileLabel(probability: number): string {
  const percent = Math.round(probability * 1e6) / 1e4;
  return `q${Number.isInteger(percent) ? String(percent).padStart(2, "0") : percent}`;
}
