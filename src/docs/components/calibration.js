// Charts and tables of the calibration page: targets against the fitted run, residuals in
// tolerances, the parameters that moved, and how much each target constrains each parameter.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scoreTarget, unitLabel} from "./engine/index.js";
import {formatValue, palette} from "./charts.js";
import {table} from "./tables.js";

/** When a target reads the model, as a span of decimal years: an instant, a calendar year, or a mean's [from, to). */
function span(target) {
  if (target.year !== undefined) return [target.year, target.year + 1];
  if (target.mean !== undefined) return target.mean;
  return [target.at, target.at];
}

/**
 * One small chart per target output: the fitted and the declared-defaults runs over 2023–2026,
 * and each seed figure with its tolerance over the span the target reads.
 *
 * @param runs [{run: label, projection}] (the first is drawn solid)
 * @param targets the targets
 * @param figures figure by fact id
 */
export function targetCharts(runs, targets, figures, outputs, {width}) {
  const ids = [...new Set(targets.map((t) => t.output))];
  const columns = width > 900 ? 3 : width > 560 ? 2 : 1;
  const chartWidth = Math.floor(width / columns) - 16;
  return html`<div class="grid" style=${`grid-template-columns: repeat(${columns}, 1fr)`}>${ids.map((id) => {
    const output = outputs.find((o) => o.id === id);
    const lines = runs.flatMap(({run, projection}) => Array.from(projection.time, (t, i) => ({run, t, value: projection.series[id][i]})).filter((d) => d.t <= 2026.5));
    const marks = targets
      .filter((t) => t.output === id)
      .map((t) => {
        const [from, to] = span(t);
        const figure = figures[t.fact];
        const tolerance = t.comparison === "at-least" ? 0 : t.tolerance * figure;
        return {fact: t.fact, from, to, figure, low: figure - tolerance, high: t.comparison === "at-least" ? figure * 1.5 : figure + tolerance, atLeast: t.comparison === "at-least"};
      });
    return html`<div class="card"><h2><code>${id}</code></h2><h3>${output.label.en} · ${unitLabel(output.unit)}</h3>${Plot.plot({
      width: chartWidth,
      height: 180,
      marginLeft: 52,
      x: {label: null, tickFormat: (d) => String(d)},
      y: {grid: true, label: null, zero: true},
      color: {domain: runs.map((r) => r.run), range: palette},
      marks: [
        Plot.rect(
          marks.filter((m) => m.to > m.from),
          {x1: "from", x2: "to", y1: "low", y2: "high", fill: "#E69F00", fillOpacity: 0.25}
        ),
        Plot.ruleX(
          marks.filter((m) => m.to === m.from),
          {x: "from", y1: "low", y2: "high", stroke: "#E69F00", strokeWidth: 6, strokeOpacity: 0.5}
        ),
        Plot.ruleY(marks, {x1: "from", x2: (m) => (m.to > m.from ? m.to : m.from + 0.08), y: "figure", stroke: "#E69F00", strokeWidth: 2}),
        Plot.line(lines, {x: "t", y: "value", stroke: "run", strokeDasharray: (d) => (d.run === runs[0].run ? null : "4,3")}),
        Plot.text(marks, {x: "to", y: "figure", text: (m) => `${m.fact}${m.atLeast ? " (at least)" : ""}`, dx: 4, textAnchor: "start", fontSize: 10}),
        Plot.tip(lines, Plot.pointerX({x: "t", y: "value", title: (d) => `${d.run}\n${d.t.toFixed(2)}: ${formatValue(d.value)}`}))
      ]
    })}</div>`;
  })}</div>`;
}

/**
 * Each target's misfit in tolerances, before and after calibration: inside the shaded band the
 * target is met (lower bounds count only a shortfall).
 *
 * @param reports [{run, rows}] calibration reports to compare
 */
export function residualChart(reports, {width}) {
  const rows = reports.flatMap(({run, rows}) => rows.map((r) => ({run, fact: r.target.fact, standardized: scoreTarget(r.model, r.figure, r.target).standardized, residual: r.residual})));
  const extent = Math.max(1.5, ...rows.map((d) => Math.abs(d.standardized)));
  return Plot.plot({
    width,
    height: 40 + 26 * new Set(rows.map((d) => d.fact)).size,
    marginLeft: 190,
    x: {domain: [-extent, extent], label: "misfit in tolerances (0 = on the figure; ±1 = edge of tolerance)", grid: true},
    y: {label: null},
    color: {domain: reports.map((r) => r.run), range: [palette[6], palette[0]], legend: true},
    marks: [
      Plot.rectX([{x1: -1, x2: 1}], {x1: "x1", x2: "x2", fill: "#009E73", fillOpacity: 0.12}),
      Plot.ruleX([0]),
      Plot.dot(rows, {
        x: "standardized",
        y: "fact",
        stroke: "run",
        fill: "run",
        r: 4,
        tip: true,
        title: (d) => `${d.run}\n${d.fact}: residual ${(d.residual * 100).toFixed(2)}%, ${d.standardized.toFixed(2)} tolerances`
      })
    ]
  });
}

/**
 * The fitted parameters: declared default, fitted value, search box, and the move as a share of the box.
 *
 * @param calibration data/calibration.json as loaded (parameters, declared, bounds)
 * @param parameters the parameter declarations
 */
export function movedTable(calibration, parameters) {
  const rows = Object.keys(calibration.parameters).map((id) => {
    const spec = parameters.find((p) => p.id === id);
    const [lower, upper] = calibration.bounds[id];
    const declared = calibration.declared?.[id] ?? spec.default;
    const fitted = calibration.parameters[id];
    return {id, spec, lower, upper, declared, fitted, moved: (fitted - declared) / (upper - lower)};
  });
  rows.sort((a, b) => Math.abs(b.moved) - Math.abs(a.moved));
  return table(rows, [
    {label: "Parameter", value: (d) => html`<code>${d.id}</code><br><span class="shapan-muted">${d.spec.label.en}</span>`},
    {label: "Declared", value: (d) => formatValue(d.declared), className: "shapan-num"},
    {label: "Fitted", value: (d) => formatValue(d.fitted), className: "shapan-num"},
    {label: "Search box", value: (d) => `${formatValue(d.lower)} – ${formatValue(d.upper)}`, className: "shapan-num"},
    {label: "Moved (share of box)", value: (d) => `${d.moved >= 0 ? "+" : ""}${(d.moved * 100).toFixed(2)}%`, className: "shapan-num"},
    {label: "Unit", value: (d) => d.spec.measure ?? (unitLabel(d.spec.unit) || "—")}
  ]);
}

/**
 * Heat map of targetSensitivity: how far (in tolerances) each target moves when each parameter
 * moves by a tenth of its box; the label is the signed value, the colour its share of the target's row.
 */
export function sensitivityChart(rows, {width}) {
  const parameters = [...new Set(rows.map((d) => d.parameter))];
  return Plot.plot({
    width: Math.max(width, 640),
    height: 60 + 28 * new Set(rows.map((d) => d.target)).size,
    marginLeft: 190,
    marginBottom: 150,
    x: {domain: parameters, tickRotate: -45, label: null},
    y: {label: null},
    color: {type: "linear", domain: [0, 1], scheme: "blues", label: "share of the target's response", legend: true},
    marks: [
      Plot.cell(rows, {
        x: "parameter",
        y: "target",
        fill: "share",
        inset: 0.5,
        tip: true,
        title: (d) => `${d.target} ← ${d.parameter}\n${d.tolerances.toFixed(2)} tolerances per tenth of the box (${(d.share * 100).toFixed(0)}% of the row)`
      }),
      Plot.text(rows, {x: "parameter", y: "target", text: (d) => (Math.abs(d.tolerances) < 0.05 ? "" : d.tolerances.toFixed(1)), fill: (d) => (d.share > 0.5 ? "white" : "black"), fontSize: 10})
    ]
  });
}
