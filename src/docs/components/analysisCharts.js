// Charts of the uncertainty, sensitivity and attribution pages: named functions taking the engine's
// results and {width}, returning a Plot.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {axisLabel, formatValue, palette} from "./charts.js";

/**
 * A fan chart of one output's Monte Carlo bands: the 5–95% and 25–75% bands shaded, the median
 * solid, the deterministic run dashed.
 *
 * @param result from the worker's "mc" request (quantiles 0.05, 0.25, 0.5, 0.75, 0.95)
 * @param output the output's declaration
 * @param options.width chart width
 * @param options.color band colour (default the palette's first)
 */
export function fanChart(result, output, {width, height = 220, color = palette[0]} = {}) {
  const band = result.bands[output.id];
  const [q05, q25, q50, q75, q95] = band.quantiles;
  const rows = Array.from(result.time, (year, i) => ({year, q05: q05[i], q25: q25[i], q50: q50[i], q75: q75[i], q95: q95[i], deterministic: band.deterministic[i]}));
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    y: {label: axisLabel(output), grid: true, zero: true, nice: true},
    marks: [
      Plot.areaY(rows, {x: "year", y1: "q05", y2: "q95", fill: color, fillOpacity: 0.18}),
      Plot.areaY(rows, {x: "year", y1: "q25", y2: "q75", fill: color, fillOpacity: 0.3}),
      Plot.lineY(rows, {x: "year", y: "q50", stroke: color, strokeWidth: 2}),
      Plot.lineY(rows, {x: "year", y: "deterministic", stroke: "currentColor", strokeDasharray: "4,3", strokeWidth: 1.2}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "q50",
          title: (d) =>
            `${d.year}\nmedian ${formatValue(d.q50)}\n50%: ${formatValue(d.q25)} – ${formatValue(d.q75)}\n90%: ${formatValue(d.q05)} – ${formatValue(d.q95)}\ndeterministic ${formatValue(d.deterministic)}`
        })
      )
    ]
  });
}

/** The legend shared by fan charts. */
export function fanLegend(color = palette[0]) {
  const swatch = (opacity) => html`<svg width="14" height="10"><rect width="14" height="10" fill="${color}" fill-opacity="${opacity}"></rect></svg>`;
  return html`<div class="shapan-legend">
    <span class="shapan-swatch">${swatch(0.18)}90% band (5–95%)</span>
    <span class="shapan-swatch">${swatch(0.48)}50% band (25–75%)</span>
    <span class="shapan-swatch"><svg width="22" height="10"><line x1="0" x2="22" y1="5" y2="5" stroke="${color}" stroke-width="2"></line></svg>median</span>
    <span class="shapan-swatch"><svg width="22" height="10"><line x1="0" x2="22" y1="5" y2="5" stroke="currentColor" stroke-width="1.2" stroke-dasharray="4,3"></line></svg>deterministic run</span>
  </div>`;
}

/**
 * A tornado chart: for the `top` parameters with the largest swing, a bar from the base value to
 * the output with the parameter at its prior's low bound, and one to its high bound.
 *
 * @param result from the worker's "tornado" request
 * @param options.width chart width
 * @param options.unit x-axis label
 * @param options.top number of bars (default 12)
 */
export function tornadoChart(result, {width, unit, top = 12} = {}) {
  const bars = result.bars.slice(0, top);
  const rows = bars.flatMap((b) => [
    {parameter: b.parameter, bound: "low bound", x1: result.base, x2: b.outputLow, at: b.low},
    {parameter: b.parameter, bound: "high bound", x1: result.base, x2: b.outputHigh, at: b.high}
  ]);
  return Plot.plot({
    width,
    height: 28 + 22 * bars.length,
    marginLeft: 210,
    x: {label: unit, grid: true},
    y: {label: null, domain: bars.map((b) => b.parameter)},
    color: {domain: ["low bound", "high bound"], range: [palette[1], palette[0]], legend: true},
    marks: [
      Plot.barX(rows, {y: "parameter", x1: "x1", x2: "x2", fill: "bound", insetTop: 3, insetBottom: 3}),
      Plot.ruleX([result.base], {stroke: "currentColor"}),
      Plot.tip(rows, Plot.pointer({y: "parameter", x: "x2", title: (d) => `${d.parameter} at its ${d.bound} (${formatValue(d.at)})\noutput ${formatValue(d.x2)} (base ${formatValue(d.x1)})`}))
    ]
  });
}

/**
 * Sobol bars: first-order and total index per parameter (the `top` largest totals), each with its
 * 95% bootstrap interval.
 *
 * @param result from the worker's "sobol" request
 * @param options.width chart width
 * @param options.top number of parameters (default 12)
 */
export function sobolChart(result, {width, top = 12} = {}) {
  const bars = result.bars.slice(0, top);
  const rows = bars.flatMap((b) => [
    {parameter: b.parameter, index: "first order", value: b.first, low: b.firstLow, high: b.firstHigh},
    {parameter: b.parameter, index: "total", value: b.total, low: b.totalLow, high: b.totalHigh}
  ]);
  return Plot.plot({
    width,
    height: 28 + 34 * bars.length,
    marginLeft: 210,
    x: {label: "share of variance", grid: true, domain: [Math.min(0, ...rows.map((d) => d.low)), Math.max(1, ...rows.map((d) => d.high))]},
    y: {label: null, domain: ["first order", "total"], axis: null},
    fy: {label: null, domain: bars.map((b) => b.parameter)},
    color: {domain: ["first order", "total"], range: [palette[2], palette[0]], legend: true},
    marks: [
      Plot.barX(rows, {fy: "parameter", y: "index", x: "value", fill: "index"}),
      Plot.ruleY(rows, {fy: "parameter", y: "index", x1: "low", x2: "high", stroke: "currentColor", strokeWidth: 1}),
      Plot.ruleX([0]),
      Plot.tip(rows, Plot.pointer({fy: "parameter", y: "index", x: "value", title: (d) => `${d.parameter}, ${d.index}: ${formatValue(d.value)} (95% ${formatValue(d.low)} – ${formatValue(d.high)})`}))
    ]
  });
}

/**
 * A wedge chart of an attribution: each lever's contribution to the change in the output, per
 * year, stacked (gains above zero, reductions below), the interaction as its own wedge, and the
 * total change as a line.
 *
 * @param result from the worker's "attribute" request
 * @param options.width chart width
 * @param options.unit y-axis label
 * @param options.labels lever labels by id (default the ids)
 */
export function wedgeChart(result, {width, unit, labels = {}} = {}) {
  const names = [...result.levers.map((l) => labels[l.lever] ?? l.lever), "interaction"];
  const rows = Array.from(result.years, (year, i) => [
    ...result.levers.map((l) => ({year, lever: labels[l.lever] ?? l.lever, value: l.contribution[i]})),
    {year, lever: "interaction", value: result.interaction[i]}
  ]).flat();
  const totals = Array.from(result.years, (year, i) => ({year, value: result.total[i]}));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    x: {label: null, tickFormat: "d", ticks: Math.min(7, Math.round(width / 70))},
    y: {label: unit, grid: true},
    color: {domain: names, range: [...palette.slice(0, names.length - 1), "#BBBBBB"], legend: true},
    marks: [
      Plot.areaY(rows, {x: "year", y: "value", fill: "lever", fillOpacity: 0.85, order: names}),
      Plot.lineY(totals, {x: "year", y: "value", stroke: "currentColor", strokeWidth: 2}),
      Plot.ruleY([0]),
      Plot.tip(rows, Plot.pointer(Plot.stackY({x: "year", y: "value", fill: "lever", order: names, title: (d) => `${d.lever}, ${d.year}: ${formatValue(d.value)}`})))
    ]
  });
}
