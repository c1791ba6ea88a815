import type {OutputId} from "../ids.js";
import type {Projection} from "../simulate.js";
import {formatNumber} from "./formatNumber.js";

export interface CsvOptions {
  /** One row per calendar year (first column `year`) instead of per step (`time`). */
  annual?: boolean;
  /** Output ids, in column order; default every output. */
  outputs?: readonly OutputId[];
}

/**
 * A projection as CSV: a header of output ids, first column `time` (decimal years) or `year`.
 * The CLI's `run` and the site's download both call this, so their files are identical.
 *
 * @example projectionToCsv(simulate("baseline"), {annual: true}).split("\n")[0] // "year,quality_index,..."
 */
export function projectionToCsv(projection: Projection, {annual = false, outputs}: CsvOptions = {}): string {
  const ids = outputs ?? projection.outputs.map((o) => o.id);
  const axis = annual ? projection.annual.years : projection.time;
  const series = ids.map((id) => (annual ? projection.annual.series : projection.series)[id]);
  const lines = [[annual ? "year" : "time", ...ids].join(",")];
  for (let i = 0; i < axis.length; i++) {
    let line = formatNumber(axis[i]);
    for (const s of series) line += "," + formatNumber(s[i]);
    lines.push(line);
  }
  return lines.join("\n") + "\n";
}
