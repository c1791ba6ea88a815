import type {TargetSpec} from "../declarations.js";

/**
 * The last calendar year any target reads: a run to the end of that year gives every target's
 * value (an instant in the year, the year's aggregate, or a mean over [from, to) with to at most
 * the next 1 January). Runs stopped there are several times faster than runs to 2035.
 *
 * Cost: O(targets).
 *
 * @param targets at least one target
 * @returns a calendar year
 * @throws RangeError if targets is empty
 * @example lastTargetYear([{mean: [2024, 2026], ...}, {at: 2023.8333, ...}]) // 2025
 */
export function lastTargetYear(targets: readonly TargetSpec[]): number {
  if (targets.length === 0) throw new RangeError("lastTargetYear requires at least one target");
  return Math.max(...targets.map((t) => (t.year !== undefined ? t.year : t.mean !== undefined ? Math.ceil(t.mean[1]) - 1 : Math.floor(t.at!))));
}
