// Line charts shared by every page. Kept lean on purpose: the explorer redraws up to ten of them on
// each slider move, so a chart is one Plot with two line marks and a pointer tip (and, in the
// explorer, uncertainty bands drawn under the lines); the title and the legend are static HTML
// built once (chartFrame), and only the plot inside is replaced.
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
 * Rows for lineChart's bands from a Monte Carlo result: one row per year and series, with the
 * 5, 25, 75 and 95% quantiles (the result's quantiles must be 0.05, 0.25, 0.5, 0.75, 0.95).
 *
 * @param result annual bands (from liveBand or the worker's "mc" request)
 * @param outputs output declarations, one series each; those the result does not band are left out
 */
export function bandRows(result, outputs) {
  const rows = [];
  for (const output of outputs) {
    const band = result.bands[output.id];
    if (!band) continue;
    const [q05, q25, , q75, q95] = band.quantiles;
    for (let i = 0; i < result.time.length; i++) rows.push({year: result.time[i], series: output.label.en, q05: q05[i], q25: q25[i], q75: q75[i], q95: q95[i]});
  }
  return rows;
}

/**
 * A line chart of annual values: colour by series, solid for the `solid` run and dashed for the
 * others (the baseline beside a scenario), with a tip giving the values nearest the pointer.
 * With `bands`, each banded series also gets its 90% (5–95%) and 50% (25–75%) bands as light
 * areas of its colour behind the lines, and the y axis spans them.
 *
 * @param rows from annualRows
 * @param options.series series labels, in legend order (fixes the colours)
 * @param options.unit y-axis label
 * @param options.solid the run drawn solid (default "scenario")
 * @param options.bands rows from bandRows, around the solid run (default none)
 * @returns a <div> holding the plot and its tip, with `setBands(bands)`: draws new bands into the
 *   plot when they fit its y axis as it is, and returns whether they did (if not, draw a new chart)
 */
export function lineChart(rows, {width, height = defaults.height, series, unit, solid = "scenario", colors = palette, bands} = {}) {
  const dashed = rows.filter((d) => d.run !== solid);
  const main = rows.filter((d) => d.run === solid);
  const domain = bands?.length ? bandDomain(rows, bands) : null;
  const svg = Plot.plot({
    width,
    height,
    marginLeft: defaults.marginLeft,
    marginRight: defaults.marginRight,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    // Ticks of a million and more ("1,200,000") overflow the margin: compact ones instead ("1.2M").
    y: {label: unit, grid: true, zero: true, nice: true, ...(domain && {domain}), ...(largest(rows, domain) >= 1e6 && {tickFormat: compactTick})},
    color: {domain: series, range: colors},
    marks: [
      Plot.lineY(dashed, {x: "year", y: "value", z: (d) => d.series + d.run, stroke: "series", strokeDasharray: "4,3", strokeWidth: 1.2, strokeOpacity: 0.75}),
      Plot.lineY(main, {x: "year", y: "value", z: "series", stroke: "series", strokeWidth: 2})
    ]
  });
  // The bands are paths drawn through the plot's own scales, in a layer under the lines, rather
  // than Plot area marks: new bands (which come after the lines, from a worker) then replace a few
  // paths instead of rebuilding the chart, axes included.
  const layer = document.createElementNS("http://www.w3.org/2000/svg", "g");
  layer.setAttribute("class", "shapan-bands");
  layer.setAttribute("aria-label", "uncertainty bands");
  svg.insertBefore(layer, svg.querySelector('g[aria-label="line"]'));
  const shown = {bands: null};
  const setBands = (next) => {
    const domain = svg.scale("y").domain;
    if (!next?.length) {
      if (shown.bands) return false;
    } else if (!sameArray(bandDomain(rows, next), domain)) {
      return false;
    }
    drawBands(svg, layer, next ?? []);
    shown.bands = next?.length ? next : null;
    return true;
  };
  if (bands?.length) {
    drawBands(svg, layer, bands);
    shown.bands = bands;
  }
  return Object.assign(withTip(svg, rows, unit, solid, shown), {setBands});
}

const compactFormat = new Intl.NumberFormat("en-US", {notation: "compact", maximumFractionDigits: 1});
const compactTick = (d) => compactFormat.format(d);

/** The largest absolute value on the y axis: of the domain if given, else of the rows. */
function largest(rows, domain) {
  if (domain) return Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  let max = 0;
  for (const d of rows) if (Math.abs(d.value) > max) max = Math.abs(d.value);
  return max;
}

/** The y domain that holds the lines, the bands and zero, niced as Plot nices it. */
function bandDomain(rows, bands) {
  let low = 0;
  let high = 0;
  for (const d of rows) if (Number.isFinite(d.value)) (low = Math.min(low, d.value)), (high = Math.max(high, d.value));
  for (const b of bands) {
    if (Number.isFinite(b.q05)) low = Math.min(low, b.q05);
    if (Number.isFinite(b.q95)) high = Math.max(high, b.q95);
  }
  return Plot.scale({y: {domain: [low, high], nice: true}}).domain;
}

/** One closed path per series and band (90% then 50%), linear between years like the lines. */
function drawBands(svg, layer, bands) {
  const x = svg.scale("x");
  const y = svg.scale("y");
  const color = svg.scale("color");
  const bySeries = new Map();
  for (const b of bands) {
    if (![b.q05, b.q25, b.q75, b.q95].every(Number.isFinite)) continue;
    if (!bySeries.has(b.series)) bySeries.set(b.series, []);
    bySeries.get(b.series).push(b);
  }
  const paths = [];
  const point = (year, value) => `${x.apply(year).toFixed(1)},${y.apply(value).toFixed(1)}`;
  for (const [series, points] of bySeries) {
    for (const [low, high, opacity, kind] of [
      ["q05", "q95", bandOpacity[0], "90"],
      ["q25", "q75", bandOpacity[1], "50"]
    ]) {
      const upper = points.map((b) => point(b.year, b[high]));
      const lower = points.map((b) => point(b.year, b[low])).reverse();
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", `M${upper.join("L")}L${lower.join("L")}Z`);
      path.setAttribute("fill", color.apply(series));
      path.setAttribute("fill-opacity", opacity);
      path.setAttribute("class", `shapan-band shapan-band-${kind}`);
      path.setAttribute("data-series", series);
      paths.push(path);
    }
  }
  layer.replaceChildren(...paths);
}

function sameArray(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Fill opacity of the 90% and the 50% band (they stack: the 50% band reads as their sum). */
export const bandOpacity = [0.13, 0.2];

/** The legend of the bands, in neutral grey since every series has its own colour. */
export function bandLegend() {
  const swatch = (opacity) => html`<svg width="14" height="10"><rect width="14" height="10" fill="currentColor" fill-opacity="${opacity}"></rect></svg>`;
  return html`<span class="shapan-legend shapan-band-legend">
    <span class="shapan-swatch">${swatch(bandOpacity[0])}90% band (5–95%)</span>
    <span class="shapan-swatch">${swatch(bandOpacity[0] + bandOpacity[1])}50% band (25–75%)</span>
  </span>`;
}

/**
 * A tip that finds the row nearest the pointer through the plot's own scales. Plot's pointer tip
 * costs about 4 ms a chart to build, which ten charts redrawn on every slider move cannot afford;
 * this one costs nothing until the pointer moves.
 */
function withTip(svg, rows, unit, solid, shown) {
  let bandAt; // series and year → band row of the bands shown, built at the first pointer move
  let bandsIndexed;
  const bandText = (d) => {
    const bands = shown.bands;
    if (!bands || d.run !== solid) return "";
    if (bandsIndexed !== bands) (bandAt = new Map(bands.map((b) => [`${b.series}|${b.year}`, b]))), (bandsIndexed = bands);
    const b = bandAt.get(`${d.series}|${d.year}`);
    return b ? `\n50%: ${formatValue(b.q25)} – ${formatValue(b.q75)}\n90%: ${formatValue(b.q05)} – ${formatValue(b.q95)}` : "";
  };
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
    tip.textContent = `${best.series} ${best.zh}\n${best.run}, ${best.year}: ${formatValue(best.value)} ${unit}${bandText(best)}`;
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
  )}${
    runs.length > 1
      ? runs.map(
          (r, i) =>
            html`<span class="shapan-swatch"><svg width="22" height="10"><line x1="0" x2="22" y1="5" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray="${i ? "4,3" : "none"}"></line></svg>${r}</span>`
        )
      : null
  }</div>`;
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
