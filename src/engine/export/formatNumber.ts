/**
 * A number as CSV and tables carry it: shortest round-trip form, so a file reproduces the run
 * exactly; non-finite values (never produced by a valid run) are written as empty cells.
 *
 * @example formatNumber(0.1 + 0.2) // "0.30000000000000004"
 */
export function formatNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : "";
}
