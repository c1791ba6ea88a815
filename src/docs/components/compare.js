// Compare: small multiples of the headline outputs, one line per scenario, and a table of the
// differences from the first scenario at chosen years.
import {html} from "htl";
import {unitLabel} from "./engine/index.js";
import {axisLabel, chartFrame, formatValue, legend, lineChart, palette} from "./charts.js";

/** The outputs compared by default: market, providers, compute gap, quality and fiscal cost. */
export {headlineOutputs} from "./engine/index.js";

/** Rows for lineChart with one series per scenario. */
function scenarioRows(runs, output) {
  const rows = [];
  for (const {label, projection} of runs) {
    const {years, series} = projection.annual;
    for (let i = 0; i < years.length; i++) rows.push({year: years[i], value: series[output.id][i], series: label.en, zh: label.zh, run: ""});
  }
  return rows;
}

/**
 * One chart per output, one colour per scenario.
 *
 * @param runs [{label: {en, zh}, projection}]
 */
export function smallMultiple(runs, output, {width}) {
  const series = runs.map((r) => r.label.en);
  const {node, slot} = chartFrame({title: output.label.en, subtitle: `${output.label.zh} · ${axisLabel(output)}`, outputs: [output], legendNode: null});
  slot.append(lineChart(scenarioRows(runs, output), {width: Math.max(200, width - 32), height: 200, series, unit: axisLabel(output), solid: ""}));
  return node;
}

export function scenarioLegend(runs) {
  return legend(
    runs.map((r) => r.label.en),
    {runs: [], colors: palette}
  );
}

/** Values at each chosen year, and each scenario's difference from the first. */
export function differenceTable(runs, outputs, years) {
  const [reference, ...others] = runs;
  const at = (run, id, year) => run.projection.annual.series[id][year - run.projection.annual.years[0]];
  const change = (value, base) => {
    if (value === base) return "0";
    const diff = value - base;
    const relative = base !== 0 ? ` (${diff > 0 ? "+" : ""}${((diff / Math.abs(base)) * 100).toFixed(1)}%)` : "";
    return `${diff > 0 ? "+" : ""}${formatValue(diff)}${relative}`;
  };
  return html`<div class="shapan-table-wrap"><table class="shapan-table" data-table="differences">
    <thead><tr><th>Output</th><th>Year</th><th>${reference.label.en}</th>${others.map((r) => html`<th>${r.label.en}</th><th>Δ vs ${reference.label.en}</th>`)}</tr></thead>
    <tbody>${outputs.flatMap((o) =>
      years.map(
        (
          year,
          i
        ) => html`<tr>${i === 0 ? html`<td rowspan=${years.length}>${o.label.en}<br><span class="shapan-zh">${o.label.zh}</span><br><small>${unitLabel(o.unit)}</small></td>` : null}<td>${year}</td>
          <td class="shapan-num">${formatValue(at(reference, o.id, year))}</td>
          ${others.map((r) => html`<td class="shapan-num">${formatValue(at(r, o.id, year))}</td><td class="shapan-num">${change(at(r, o.id, year), at(reference, o.id, year))}</td>`)}</tr>`
      )
    )}</tbody></table></div>`;
}
