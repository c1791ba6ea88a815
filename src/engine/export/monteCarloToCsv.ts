import type {MonteCarloResult} from "../uncertainty/summarizeSamples.js";
import {formatNumber} from "./formatNumber.js";
import {quantileLabel} from "./quantileLabel.js";

/**
 * Monte Carlo bands as long-format CSV: one row per output and time point, columns `time` (or
 * `year` for annual bands), `output`, `deterministic` (the scenario's own run), then one column per
 * quantile (`q05`, `q25`, `q50`, `q75`, `q95` by default). Rows are grouped by output, in the
 * order requested. Goal probabilities are not in the CSV (see `monteCarloToJson`).
 * Cost: O(outputs · time points · quantiles).
 *
 * @param result from `monteCarlo` or `runMonteCarlo`
 * @returns the CSV text, ending with a newline
 * @example monteCarloToCsv(result).split("\n")[0] // "year,output,deterministic,q05,q25,q50,q75,q95"
 */
export function monteCarloToCsv(result: MonteCarloResult): string {
  const header = [result.annual ? "year" : "time", "output", "deterministic", ...result.quantiles.map(quantileLabel)];
  const lines = [header.join(",")];
  for (const [id, band] of Object.entries(result.bands)) {
    for (let i = 0; i < result.time.length; i++) {
      let line = `${formatNumber(result.time[i])},${id},${formatNumber(band.deterministic[i])}`;
      for (const q of band.quantiles) line += "," + formatNumber(q[i]);
      lines.push(line);
    }
  }
  return lines.join("\n") + "\n";
}
