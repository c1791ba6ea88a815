// Charts of the uncertainty, sensitivity and attribution pages: named functions taking the
// engine's results and {width}, returning a Plot, with every word from the catalogue.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {bandOpacity, tickFormat} from "./charts.js";
import {palette} from "./colors.js";
import {formatNumber, t} from "./i18n.js";

/**
 * A fan chart of one output's Monte Carlo bands: the 5–95% and 25–75% bands shaded, the median
 * solid, the deterministic run dashed. Here the spread is the subject, so the axis spans it.
 *
 * @param {any} result from the worker's "mc" request (quantiles 0.05, 0.25, 0.5, 0.75, 0.95)
 * @param {import("./engine.js").OutputSpec} output
 * @param {{width: number, color: string, unit: string, factor: number, height?: number}} options
 */
export function fanChart(result, output, {width, color, unit, factor, height = 220}) {
  const band = result.bands[output.id];
  const [q05, q25, q50, q75, q95] = band.quantiles;
  const rows = Array.from(result.time, (year, i) => ({
    year,
    q05: q05[i] * factor,
    q25: q25[i] * factor,
    q50: q50[i] * factor,
    q75: q75[i] * factor,
    q95: q95[i] * factor,
    deterministic: band.deterministic[i] * factor
  }));
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    y: {label: unit, grid: true, zero: true, nice: true, tickFormat},
    marks: [
      Plot.areaY(rows, {x: "year", y1: "q05", y2: "q95", fill: color, fillOpacity: bandOpacity[0]}),
      Plot.areaY(rows, {x: "year", y1: "q25", y2: "q75", fill: color, fillOpacity: bandOpacity[1]}),
      Plot.lineY(rows, {x: "year", y: "q50", stroke: color, strokeWidth: 2}),
      Plot.lineY(rows, {x: "year", y: "deterministic", stroke: color, strokeDasharray: "5,3", strokeWidth: 1.3}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "q50",
          title: (d) =>
            `${d.year}\n${t("fan.median")} ${formatNumber(d.q50)} ${unit}\n${t("chart.band50")}: ${formatNumber(d.q25)} – ${formatNumber(d.q75)}\n${t("chart.band90")}: ${formatNumber(d.q05)} – ${formatNumber(d.q95)}\n${t("fan.deterministic")} ${formatNumber(d.deterministic)}`
        })
      )
    ]
  });
}

/** The legend shared by fan charts (in neutral grey: each chart has its output's colour). */
export function fanLegend() {
  const swatch = (/** @type {number} */ opacity) => html`<svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" fill="currentColor" fill-opacity=${opacity}></rect></svg>`;
  const line = (/** @type {string | null} */ dash) =>
    html`<svg width="24" height="10" aria-hidden="true"><line x1="1" x2="23" y1="5" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray=${dash}></line></svg>`;
  return html`<div class="shapan-legend">
    <span class="shapan-swatch">${swatch(bandOpacity[0])}${t("chart.band90long")}</span>
    <span class="shapan-swatch">${swatch(bandOpacity[0] + bandOpacity[1])}${t("chart.band50long")}</span>
    <span class="shapan-swatch">${line(null)}${t("fan.median")}</span>
    <span class="shapan-swatch">${line("5,3")}${t("fan.deterministic")}</span>
  </div>`;
}

/**
 * A tornado chart: for the `top` parameters with the largest swing, a bar from the base value to
 * the output with the parameter at its prior's low bound, and one to its high bound.
 *
 * @param {any} result from the worker's "tornado" request
 * @param {{width: number, unit: string, factor: number, top?: number, labels: (id: string) => string}} options
 */
export function tornadoChart(result, {width, unit, factor, top = 12, labels}) {
  const bars = result.bars.slice(0, top);
  const low = t("tornado.low");
  const high = t("tornado.high");
  const base = result.base * factor;
  const rows = bars.flatMap((/** @type {any} */ b) => [
    {parameter: labels(b.parameter), bound: low, x1: base, x2: b.outputLow * factor, at: b.low},
    {parameter: labels(b.parameter), bound: high, x1: base, x2: b.outputHigh * factor, at: b.high}
  ]);
  return Plot.plot({
    width,
    height: 40 + 24 * bars.length,
    marginLeft: Math.min(220, width * 0.4),
    x: {label: unit, grid: true, tickFormat},
    y: {label: null, domain: bars.map((/** @type {any} */ b) => labels(b.parameter)), tickFormat: (d) => truncate(d, Math.min(220, width * 0.4) / 7)},
    color: {domain: [low, high], range: [palette[1], palette[0]], legend: true},
    marks: [
      Plot.barX(rows, {y: "parameter", x1: "x1", x2: "x2", fill: "bound", insetTop: 3, insetBottom: 3}),
      Plot.ruleX([base], {stroke: "currentColor"}),
      Plot.tip(rows, Plot.pointer({y: "parameter", x: "x2", title: (d) => t("tornado.tip", d.parameter, d.bound, formatNumber(d.at), formatNumber(d.x2), formatNumber(d.x1), unit)}))
    ]
  });
}

/**
 * Sobol bars: first-order and total index per parameter (the `top` largest totals), each with its
 * 95% bootstrap interval.
 *
 * @param {any} result from the worker's "sobol" request
 * @param {{width: number, top?: number, labels: (id: string) => string}} options
 */
export function sobolChart(result, {width, top = 12, labels}) {
  const bars = result.bars.slice(0, top);
  const first = t("sobol.first");
  const total = t("sobol.total");
  const rows = bars.flatMap((/** @type {any} */ b) => [
    {parameter: labels(b.parameter), index: first, value: b.first, low: b.firstLow, high: b.firstHigh},
    {parameter: labels(b.parameter), index: total, value: b.total, low: b.totalLow, high: b.totalHigh}
  ]);
  const margin = Math.min(220, width * 0.4);
  return Plot.plot({
    width,
    height: 40 + 34 * bars.length,
    marginLeft: margin,
    x: {label: t("sobol.axis"), grid: true, domain: [Math.min(0, ...rows.map((d) => d.low)), Math.max(1, ...rows.map((d) => d.high))]},
    y: {label: null, domain: [first, total], axis: null},
    fy: {label: null, domain: bars.map((/** @type {any} */ b) => labels(b.parameter)), tickFormat: (d) => truncate(d, margin / 7)},
    color: {domain: [first, total], range: [palette[2], palette[0]], legend: true},
    marks: [
      Plot.barX(rows, {fy: "parameter", y: "index", x: "value", fill: "index"}),
      Plot.ruleY(rows, {fy: "parameter", y: "index", x1: "low", x2: "high", stroke: "currentColor", strokeWidth: 1}),
      Plot.ruleX([0]),
      Plot.tip(
        rows,
        Plot.pointer({fy: "parameter", y: "index", x: "value", title: (d) => `${d.parameter}, ${d.index}: ${formatNumber(d.value)} (95%: ${formatNumber(d.low)} – ${formatNumber(d.high)})`})
      )
    ]
  });
}

/**
 * A wedge chart of an attribution: each lever's contribution to the change in the output, per
 * year, stacked (gains above zero, reductions below), the interaction as its own wedge, and the
 * total change as a line.
 *
 * @param {any} result from the worker's "attribute" request
 * @param {{width: number, unit: string, factor: number, labels: (id: string) => string, colors: (id: string) => string}} options
 */
export function wedgeChart(result, {width, unit, factor, labels, colors}) {
  const interaction = t("attribution.interaction");
  const names = [...result.levers.map((/** @type {any} */ l) => labels(l.lever)), interaction];
  const rows = Array.from(result.years, (year, i) => [
    ...result.levers.map((/** @type {any} */ l) => ({year, lever: labels(l.lever), value: l.contribution[i] * factor})),
    {year, lever: interaction, value: result.interaction[i] * factor}
  ]).flat();
  const totals = Array.from(result.years, (year, i) => ({year, value: result.total[i] * factor}));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    y: {label: unit, grid: true, tickFormat},
    color: {domain: names, range: [...result.levers.map((/** @type {any} */ l) => colors(l.lever)), "#9A9A9A"], legend: true},
    marks: [
      Plot.areaY(rows, {x: "year", y: "value", fill: "lever", fillOpacity: 0.85, order: names}),
      // The total is a reference, not a series: dashed, in the text colour, and named at its end.
      Plot.lineY(totals, {x: "year", y: "value", stroke: "currentColor", strokeWidth: 1.6, strokeDasharray: "6,3"}),
      Plot.text(totals.slice(-1), {x: "year", y: "value", text: () => t("attribution.total"), dx: -4, dy: -8, textAnchor: "end", fill: "currentColor"}),
      Plot.ruleY([0]),
      Plot.tip(rows, Plot.pointer(Plot.stackY({x: "year", y: "value", fill: "lever", order: names, title: (d) => `${d.lever}, ${d.year}: ${formatNumber(d.value)} ${unit}`})))
    ]
  });
}

/** Cuts a label to `max` characters (CJK characters count double). */
function truncate(/** @type {string} */ text, /** @type {number} */ max) {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += text.charCodeAt(i) > 0x2e80 ? 2 : 1;
    if (width > max) return `${text.slice(0, i)}…`;
  }
  return text;
}
