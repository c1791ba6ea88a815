/**
 * A plain-text table for terminals: columns padded to their widest cell (CJK characters count
 * double), numbers right-aligned.
 */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === "number" ? formatCell(c) : c)))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => width(r[j] ?? ""))));
  const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === "number" || r[j] === ""));
  return (
    cells
      .map((r) =>
        r
          .map((c, j) => (numeric[j] ? pad(c, widths[j], true) : pad(c, widths[j], false)))
          .join("  ")
          .trimEnd()
      )
      .join("\n") + "\n"
  );
}

/** A number as tables and messages show it: integers whole, others to about four significant digits. */
export function formatCell(x: number): string {
  if (!Number.isFinite(x)) return "";
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x);
  const magnitude = Math.abs(x);
  return magnitude >= 1000 ? x.toFixed(0) : magnitude >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}
