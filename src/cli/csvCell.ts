/**
 * A text cell for CSV: quoted (with doubled quotes) only when it holds a comma, quote or newline.
 *
 * @example csvCell('a "b", c') // '"a ""b"", c"'
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
