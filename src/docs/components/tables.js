// Tables of the declarations for the method and sources pages: every row comes from data/ or the
// engine's structure, so a figure is never written twice.
import {html} from "htl";
import {describeRange, formatLeverValue, unitLabel} from "./engine/index.js";
import {formatValue} from "./charts.js";

/**
 * A plain HTML table (not Inputs.table: these are read and searched with the browser's find, so
 * every row must be in the DOM).
 *
 * @param rows any objects
 * @param columns [{label, value: (row) => string | Node, className?}]
 */
export function table(rows, columns, {id} = {}) {
  return html`<div class="shapan-table-wrap"><table class="shapan-table" id=${id}>
    <thead><tr>${columns.map((c) => html`<th class=${c.className}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${columns.map((c) => html`<td class=${c.className}>${c.value(row)}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

const label = (d) => html`${d.label.en}<br><span class="shapan-zh">${d.label.zh}</span>`;
const code = (s) => html`<code>${s}</code>`;
const unit = (d) => d.measure ?? (unitLabel(d.unit) || "—");
const range = (d) =>
  describeRange(d)
    .replace(/ \(.*\)$/, "")
    .replace("between ", "")
    .replace(" and ", " – ");
const sourceLink = (d) => html`<a href=${`./sources#source-${d.source}`}>${d.source}</a>`;
const confidence = (d) => html`<span class=${`shapan-confidence shapan-${d.confidence}`}>${d.confidence}</span>`;

export function leverTable(levers) {
  return table(levers, [
    {label: "Lever", value: (d) => code(d.id)},
    {label: "Label", value: label},
    {label: "Group", value: (d) => d.group},
    {label: "Unit", value: unit},
    {label: "Range", value: range, className: "shapan-num"},
    {label: "Baseline", value: (d) => code(formatLeverValue(d.default))},
    {label: "Description", value: (d) => d.description, className: "shapan-wide"},
    {label: "Source", value: sourceLink},
    {label: "Confidence", value: confidence}
  ]);
}

/** Parameters with their value in use (the calibrated one when data/calibration.json sets it). */
export function parameterTable(parameters, calibration = {}) {
  return table(parameters, [
    {label: "Parameter", value: (d) => code(d.id)},
    {label: "Label", value: label},
    {label: "Subsystem", value: (d) => d.subsystem},
    {label: "Unit", value: unit},
    {label: "Range", value: range, className: "shapan-num"},
    {
      label: "Value",
      value: (d) => (calibration[d.id] !== undefined ? html`${formatValue(calibration[d.id])} <small>(calibrated; declared ${d.default})</small>` : String(d.default)),
      className: "shapan-num"
    },
    {label: "Prior", value: (d) => (d.prior ? describePrior(d.prior) : "—")},
    {label: "Source", value: sourceLink},
    {label: "Confidence", value: confidence}
  ]);
}

/** Parameters' reasons: why each value, and why its uncertainty range. */
export function parameterReasonTable(parameters) {
  return table(parameters, [
    {label: "Parameter", value: (d) => code(d.id)},
    {label: "Value", value: (d) => `${d.default} ${unitLabel(d.unit)}`, className: "shapan-num"},
    {label: "Source", value: sourceLink},
    {label: "Confidence", value: confidence},
    {label: "Reasoning", value: (d) => d.reasoning ?? d.description, className: "shapan-wide"},
    {label: "Prior and why", value: (d) => (d.prior ? html`${describePrior(d.prior)}: ${d.prior.reasoning}` : "—"), className: "shapan-wide"}
  ]);
}

export function leverReasonTable(levers) {
  return table(levers, [
    {label: "Lever", value: (d) => code(d.id)},
    {label: "Baseline", value: (d) => code(formatLeverValue(d.default))},
    {label: "Source", value: sourceLink},
    {label: "Confidence", value: confidence},
    {label: "Reasoning", value: (d) => d.reasoning ?? "—", className: "shapan-wide"}
  ]);
}

export function outputTable(outputs) {
  const aggregation = {end: "value at year end", sum: "summed over the year", mean: "mean over the year"};
  return table(outputs, [
    {label: "Output", value: (d) => code(d.id)},
    {label: "Label", value: label},
    {label: "Subsystem", value: (d) => d.subsystem},
    {label: "Kind", value: (d) => d.kind},
    {label: "Unit", value: unit},
    {label: "Per year", value: (d) => aggregation[d.annual] ?? d.annual},
    {label: "Description", value: (d) => d.description, className: "shapan-wide"}
  ]);
}

export function stockTable(stocks) {
  return table(stocks, [
    {label: "Stock", value: (d) => code(d.id)},
    {label: "Label", value: label},
    {label: "Unit", value: unit},
    {label: "Initial value", value: (d) => html`${typeof d.initial === "number" ? d.initial : code(d.initial)}${d.scale !== undefined && d.scale !== 1 ? ` × ${d.scale}` : ""}`}
  ]);
}

export function sourceTable(sources) {
  return table(sources, [
    {label: "Id", value: (d) => html`<span id=${`source-${d.id}`}>${code(d.id)}</span>`},
    {label: "Title", value: (d) => (d.url ? html`<a href=${d.url} rel="noreferrer">${d.title}</a>` : d.title), className: "shapan-wide"},
    {label: "Publisher", value: (d) => d.publisher ?? "—"},
    {label: "Date", value: (d) => d.date ?? "—"}
  ]);
}

export function factTable(facts) {
  return table(facts, [
    {label: "Figure", value: (d) => html`${label(d)}<br><code>${d.id}</code>`},
    {label: "Value", value: (d) => `${formatValue(d.value)} ${unitLabel(d.unit)}`, className: "shapan-num"},
    {label: "When", value: (d) => d.when},
    {label: "Source", value: sourceLink},
    {label: "Quote", value: (d) => html`<span class="shapan-quote">${d.quote}</span>`, className: "shapan-wide"},
    {label: "Note", value: (d) => d.note ?? "—"}
  ]);
}

/** The calibration report: rows from compareFacts. */
export function calibrationTable(rows) {
  const describeTarget = (t) => (t.year !== undefined ? `${t.year} total` : t.mean ? `mean ${t.mean[0]}–${t.mean[1]}` : `at ${t.at}`);
  return table(rows, [
    {label: "Figure", value: (d) => html`${d.fact.label.en}<br><code>${d.fact.id}</code>`},
    {label: "Seed value", value: (d) => `${formatValue(d.fact.value)} ${unitLabel(d.fact.unit)}`, className: "shapan-num"},
    {label: "Model output", value: (d) => (d.target ? html`<code>${d.target.output}</code>, ${describeTarget(d.target)}` : "not modelled")},
    {label: "Model value", value: (d) => (d.model === undefined ? "—" : formatValue(d.model)), className: "shapan-num"},
    {label: "Residual", value: (d) => (d.residual === undefined ? "—" : formatResidual(d.residual)), className: "shapan-num"},
    {label: "Tolerance", value: (d) => (!d.target ? "—" : d.target.comparison === "at-least" ? "at least" : `±${(d.target.tolerance * 100).toFixed(0)}%`), className: "shapan-num"},
    {label: "Within", value: (d) => (d.ok === undefined ? "—" : d.ok ? html`<span class="shapan-ok">yes</span>` : html`<span class="shapan-bad">no</span>`)},
    {label: "Note", value: (d) => d.fact.note ?? ""}
  ]);
}

/** A relative residual as a signed percentage; two decimals when small, and no "-0.00%". */
function formatResidual(residual) {
  const digits = Math.abs(residual) < 0.01 ? 2 : 1;
  const text = (residual * 100).toFixed(digits);
  return Number(text) === 0 ? `${(0).toFixed(digits)}%` : `${residual > 0 ? "+" : ""}${text}%`;
}

export function sectorTable(sectors, layers) {
  return table(sectors, [
    {label: "Sector", value: label},
    {label: "Share of potential", value: (d) => d.potentialShare, className: "shapan-num"},
    {label: "Innovation weight", value: (d) => d.innovationWeight, className: "shapan-num"},
    {label: "Hallucination tolerance", value: (d) => d.hallucinationTolerance ?? "— (low stakes)", className: "shapan-num"},
    {label: "Demonstration target", value: (d) => (d.demonstration ? "yes" : "no")},
    ...layers.map((l) => ({label: `${l.label.en} layer share`, value: (d) => d.layerShares[l.id], className: "shapan-num"}))
  ]);
}

export function regionTable(regions, kinds) {
  return table(regions, [
    {label: "Region", value: label},
    ...kinds.map((k) => ({label: `Share of ${k.label.en.toLowerCase()} providers`, value: (d) => d.providerShare[k.id], className: "shapan-num"}))
  ]);
}

/** Presets with the lever values each sets, in the CLI's syntax, and a link that opens it. */
export function presetTable(scenarios) {
  return table(Object.entries(scenarios), [
    {label: "Preset", value: ([id, s]) => html`${s.label?.en ?? id}<br><span class="shapan-zh">${s.label?.zh ?? ""}</span><br><a href=${`./explorer?scenario=${id}`}><code>${id}</code></a>`},
    {label: "Extends", value: ([, s]) => s.extends ?? "—"},
    {label: "Levers set", value: ([, s]) => Object.entries(s.levers ?? {}).map(([k, v]) => html`<div><code>${k}=${formatLeverValue(v)}</code></div>`)},
    {label: "Description", value: ([, s]) => s.description ?? "", className: "shapan-wide"}
  ]);
}

export function describePrior(prior) {
  switch (prior.distribution) {
    case "uniform":
      return `uniform ${prior.min}–${prior.max}`;
    case "triangular":
      return `triangular ${prior.min}–${prior.max}, mode ${prior.mode}`;
    case "normal":
      return `normal ${prior.mean} ± ${prior.sd} in ${prior.min}–${prior.max}`;
    case "lognormal":
      return `lognormal, median ${prior.median}, σ ${prior.sigma}, in ${prior.min}–${prior.max}`;
    default:
      return prior.distribution;
  }
}

export const tableStyles = () => html`<style>
.shapan-table-wrap { overflow-x: auto; max-width: 100%; margin: 0.5rem 0 1.5rem; }
.shapan-table { font: 13px var(--sans-serif); border-collapse: collapse; max-width: none; }
.shapan-table th, .shapan-table td { vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--theme-foreground-faintest); }
.shapan-table th { text-align: left; white-space: nowrap; }
.shapan-table td.shapan-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.shapan-table td.shapan-wide { min-width: 18rem; }
.shapan-table td:first-child { min-width: 10rem; }
.shapan-zh { color: var(--theme-foreground-muted); }
.shapan-confidence.shapan-low { color: var(--theme-red); }
.shapan-confidence.shapan-medium { color: var(--theme-orange, #b26b00); }
.shapan-confidence.shapan-high { color: var(--theme-green); }
.shapan-ok { color: var(--theme-green); font-weight: 600; }
.shapan-bad { color: var(--theme-red); font-weight: 600; }
</style>`;
