// Line charts shared by every page. Kept lean on purpose: the explorer redraws up to ten of them on
// each slider move, so a chart is one Plot with two line marks and a pointer tip; the title and the
// legend are static HTML built once (chartFrame), and only the plot inside is replaced.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {unitLabel} from "./engine/index.js";

/** Okabe–Ito, reordered so the first colours are the most distinct; yellow is too light on white, so grey stands in. */
export const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C8C8C", "#000000"];

const defaults = {height: 220, marginLeft: 52, marginRight: 12};

/** Readable number for tips and tables: 3 significant digits, thousands grouped. */
export function formatValue(x) {
  if (!Number.isFinite(x)) return "–";
  const abs = Math.abs(x);
  if (abs !== 0 && abs < 0.01) return x.toExponential(2);
  return x.toLocaleString("en-US", {maximumSignificantDigits: 3});
}

/** Axis label for an output: its declared unit ("bn RMB/yr"), or what a dimensionless number is. */
export function axisLabel(output) {
  return unitLabel(output.unit) || (output.id.includes("index") ? "index, 2023 = 1" : "share");
}

/**
 * Rows for lineChart from annual projections: one row per year, series and run.
 *
 * @param runs [{run: "scenario" | "baseline" | a preset label, projection}]
 * @param outputs output declarations, one series each
 */
export function annualRows(runs, outputs) {
  const rows = [];
  for (const {run, projection} of runs) {
    const years = projection.annual.years;
    for (const output of outputs) {
      const values = projection.annual.series[output.id];
      for (let i = 0; i < years.length; i++) rows.push({year: years[i], value: values[i], series: output.label.en, zh: output.label.zh, run});
    }
  }
  return rows;
}

/**
 * A line chart of annual values: colour by series, solid for the `solid` run and dashed for the
 * others (the baseline beside a scenario), with a tip giving the values nearest the pointer.
 *
 * @param rows from annualRows
 * @param options.series series labels, in legend order (fixes the colours)
 * @param options.unit y-axis label
 * @param options.solid the run drawn solid (default "scenario")
 * @returns a <div> holding the plot and its tip
 */
export function lineChart(rows, {width, height = defaults.height, series, unit, solid = "scenario", colors = palette} = {}) {
  const dashed = rows.filter((d) => d.run !== solid);
  const main = rows.filter((d) => d.run === solid);
  const svg = Plot.plot({
    width,
    height,
    marginLeft: defaults.marginLeft,
    marginRight: defaults.marginRight,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    y: {label: unit, grid: true, zero: true, nice: true},
    color: {domain: series, range: colors},
    marks: [
      Plot.lineY(dashed, {x: "year", y: "value", z: (d) => d.series + d.run, stroke: "series", strokeDasharray: "4,3", strokeWidth: 1.2, strokeOpacity: 0.75}),
      Plot.lineY(main, {x: "year", y: "value", z: "series", stroke: "series", strokeWidth: 2})
    ]
  });
  return withTip(svg, rows, unit);
}

/**
 * A tip that finds the row nearest the pointer through the plot's own scales. Plot's pointer tip
 * costs about 4 ms a chart to build, which ten charts redrawn on every slider move cannot afford;
 * this one costs nothing until the pointer moves.
 */
function withTip(svg, rows, unit) {
  const x = svg.scale("x");
  const y = svg.scale("y");
  const width = Number(svg.getAttribute("width"));
  const tip = html`<div class="shapan-tip" hidden></div>`;
  const marker = document.createElementNS("http://www.w3.org/2000/svg", "circle");
  marker.setAttribute("r", "3.5");
  marker.setAttribute("visibility", "hidden");
  svg.append(marker);
  svg.addEventListener("pointermove", (event) => {
    const box = svg.getBoundingClientRect();
    const k = box.width / width; // the svg shrinks with its container
    const px = (event.clientX - box.left) / k;
    const py = (event.clientY - box.top) / k;
    let best;
    let bestDistance = Infinity;
    for (const d of rows) {
      const dx = x.apply(d.year) - px;
      const dy = y.apply(d.value) - py;
      const distance = 4 * dx * dx + dy * dy; // favour the year under the pointer
      if (distance < bestDistance) (best = d), (bestDistance = distance);
    }
    if (!best) return;
    const cx = x.apply(best.year);
    const cy = y.apply(best.value);
    marker.setAttribute("cx", cx);
    marker.setAttribute("cy", cy);
    marker.setAttribute("visibility", "visible");
    tip.textContent = `${best.series} ${best.zh}\n${best.run}, ${best.year}: ${formatValue(best.value)} ${unit}`;
    tip.hidden = false;
    tip.style.left = `${cx * k}px`;
    tip.style.top = `${cy * k}px`;
    tip.classList.toggle("shapan-tip-left", cx > width / 2);
  });
  svg.addEventListener("pointerleave", () => {
    tip.hidden = true;
    marker.setAttribute("visibility", "hidden");
  });
  return html`<div class="shapan-tipped">${svg}${tip}</div>`;
}

/**
 * Swatches for the series and, when runs are compared, the line styles: built once per chart,
 * since neither changes when a slider moves.
 */
export function legend(series, {runs = ["scenario", "baseline"], colors = palette} = {}) {
  return html`<div class="shapan-legend">${series.map(
    (s, i) => html`<span class="shapan-swatch"><svg width="14" height="10"><rect y="3" width="14" height="4" fill="${colors[i % colors.length]}"></rect></svg>${s}</span>`
  )}${runs.length > 1
    ? runs.map(
        (r, i) => html`<span class="shapan-swatch"><svg width="22" height="10"><line x1="0" x2="22" y1="5" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray="${i ? "4,3" : "none"}"></line></svg>${r}</span>`
      )
    : null}</div>`;
}

/** A titled card with a legend and a slot for the plot; `data-chart` lists the output ids it draws. */
export function chartFrame({title, subtitle, outputs, legendNode}) {
  const slot = html`<div class="shapan-plot"></div>`;
  const node = html`<div class="card shapan-chart" data-chart="${outputs.map((o) => o.id).join(" ")}">
    <h2>${title}</h2>${subtitle ? html`<h3>${subtitle}</h3>` : null}${legendNode}${slot}</div>`;
  return {node, slot};
}

/** A complete chart card (overview and compare pages): frame, legend and plot. */
export function chartCard({title, subtitle, outputs, runs, width, height, solid = runs[0].run}) {
  const series = outputs.map((o) => o.label.en);
  const {node, slot} = chartFrame({title, subtitle, outputs, legendNode: legend(series, {runs: runs.length > 1 ? runs.map((r) => r.run) : []})});
  slot.append(lineChart(annualRows(runs, outputs), {width: Math.max(200, width - 32), height, series, unit: axisLabel(outputs[0]), solid}));
  return node;
}

/** Styles for the chart cards, added once by each page that draws charts. */
export const chartStyles = () => html`<style>
.shapan-chart h2 { margin: 0; }
.shapan-chart h3 { margin: 0 0 0.25rem; }
.shapan-legend { display: flex; flex-wrap: wrap; gap: 0.15rem 0.8rem; font: 12px var(--sans-serif); margin: 0.35rem 0; }
.shapan-swatch { display: inline-flex; align-items: center; gap: 0.3rem; }
.shapan-error { color: var(--theme-red); font-size: 12px; }
.shapan-error:empty { display: none; }
.shapan-muted { color: var(--theme-foreground-muted); font-size: 12px; }
.shapan-zh { color: var(--theme-foreground-muted); font-weight: normal; }
.shapan-tipped { position: relative; }
.shapan-tipped svg { display: block; }
.shapan-tip { position: absolute; pointer-events: none; white-space: pre; font: 12px var(--sans-serif); background: var(--theme-background); border: 1px solid var(--theme-foreground-faint); border-radius: 4px; padding: 0.25rem 0.45rem; transform: translate(10px, -50%); box-shadow: 0 1px 3px #0002; z-index: 2; }
.shapan-tip.shapan-tip-left { transform: translate(calc(-100% - 10px), -50%); }
</style>`;
