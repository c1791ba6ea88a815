// Charts and tables of the calibration page: targets against the fitted run, residuals in
// tolerances, the parameters that moved, and how much each target constrains each parameter.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scoreTarget} from "./engine.js";
import {tickFormat} from "./charts.js";
import {baselineColor, palette} from "./colors.js";
import {formatNumber, formatPercent, pick, t} from "./i18n.js";
import {table} from "./tables.js";
import {axisUnit, displayUnit, leverUnit} from "./units.js";

const figureColor = "#E69F00";

/**
 * When a target reads the model, as a span of decimal years: an instant, a calendar year, or a mean's [from, to).
 *
 * @param {any} target
 * @returns {[number, number]}
 */
function span(target) {
  if (target.year !== undefined) return [target.year, target.year + 1];
  if (target.mean !== undefined) return target.mean;
  return [target.at, target.at];
}

/**
 * One small chart per target output: the fitted run (solid) and the declared defaults' run
 * (dashed grey) over 2023–2026, and each seed figure with its tolerance over the span it reads.
 *
 * @param {{run: string, projection: import("./engine.js").Projection}[]} runs fitted first
 * @param {any[]} targets
 * @param {Record<string, number>} figures figure by fact id
 * @param {import("./engine.js").OutputSpec[]} outputs
 * @param {{width: number}} options
 */
export function targetCharts(runs, targets, figures, outputs, {width}) {
  const ids = [...new Set(targets.map((target) => target.output))];
  const columns = width > 900 ? 3 : width > 560 ? 2 : 1;
  const chartWidth = Math.floor(width / columns) - 34;
  const colors = [palette[0], baselineColor];
  return html`<div class="shapan-grid">${ids.map((id) => {
    const output = /** @type {import("./engine.js").OutputSpec} */ (outputs.find((o) => o.id === id));
    const {factor} = displayUnit(output.unit);
    const lines = runs.flatMap(({run, projection}) => Array.from(projection.time, (time, i) => ({run, time, value: projection.series[id][i] * factor})).filter((d) => d.time <= 2026.5));
    const marks = targets
      .filter((target) => target.output === id)
      .map((target) => {
        const [from, to] = span(target);
        const figure = figures[target.fact] * factor;
        const tolerance = target.comparison === "at-least" ? 0 : target.tolerance * figure;
        return {fact: target.fact, from, to, figure, low: figure - tolerance, high: target.comparison === "at-least" ? figure * 1.5 : figure + tolerance, atLeast: target.comparison === "at-least"};
      });
    return html`<section class="card shapan-chart"><h2>${pick(output.label, id)}</h2><h3>${axisUnit(output)} · <code>${id}</code></h3>${Plot.plot({
      width: chartWidth,
      height: 180,
      marginLeft: 52,
      x: {label: null, tickFormat: (/** @type {number} */ d) => String(d)},
      y: {grid: true, label: null, zero: true, tickFormat},
      color: {domain: runs.map((r) => r.run), range: colors},
      marks: [
        Plot.rect(
          marks.filter((m) => m.to > m.from),
          {x1: "from", x2: "to", y1: "low", y2: "high", fill: figureColor, fillOpacity: 0.25}
        ),
        Plot.ruleX(
          marks.filter((m) => m.to === m.from),
          {x: "from", y1: "low", y2: "high", stroke: figureColor, strokeWidth: 6, strokeOpacity: 0.5}
        ),
        Plot.ruleY(marks, {x1: "from", x2: (m) => (m.to > m.from ? m.to : m.from + 0.08), y: "figure", stroke: figureColor, strokeWidth: 2}),
        Plot.line(lines, {x: "time", y: "value", stroke: "run", strokeDasharray: /** @type {any} */ ((/** @type {any} */ d) => (d.run === runs[0].run ? null : "5,3"))}),
        Plot.text(marks, {x: "to", y: "figure", text: (m) => `${m.fact}${m.atLeast ? ` (${t("table.atLeast")})` : ""}`, dx: 4, textAnchor: "start", fontSize: 10}),
        Plot.tip(lines, Plot.pointerX({x: "time", y: "value", title: (d) => `${d.run}\n${d.time.toFixed(2)}: ${formatNumber(d.value)}`}))
      ]
    })}</section>`;
  })}</div>`;
}

/**
 * Each target's misfit in tolerances, before and after calibration: inside the shaded band the
 * target is met (lower bounds count only a shortfall).
 *
 * @param {{run: string, rows: any[]}[]} reports declared first, fitted second
 * @param {{width: number}} options
 */
export function residualChart(reports, {width}) {
  const rows = reports.flatMap(({run, rows}) => rows.map((r) => ({run, fact: r.target.fact, standardized: scoreTarget(r.model, r.figure, r.target).standardized, residual: r.residual})));
  const extent = Math.max(1.5, ...rows.map((d) => Math.abs(d.standardized)));
  return Plot.plot({
    width,
    height: 60 + 26 * new Set(rows.map((d) => d.fact)).size,
    marginLeft: Math.min(190, width * 0.4),
    x: {domain: [-extent, extent], label: t("calibration.misfitAxis"), grid: true},
    y: {label: null},
    color: {domain: reports.map((r) => r.run), range: [baselineColor, palette[0]], legend: true},
    marks: [
      Plot.rectX([{x1: -1, x2: 1}], {x1: "x1", x2: "x2", fill: palette[2], fillOpacity: 0.12}),
      Plot.ruleX([0]),
      Plot.dot(rows, {
        x: "standardized",
        y: "fact",
        stroke: "run",
        fill: "run",
        r: 4,
        tip: true,
        title: (d) => t("calibration.residualTip", d.run, d.fact, formatPercent(d.residual, {digits: 2}), d.standardized.toFixed(2))
      })
    ]
  });
}

/**
 * The fitted parameters: declared default, fitted value, search box, and the move as a share of the box.
 *
 * @param {any} calibration data/calibration.json as loaded (parameters, declared, bounds)
 * @param {import("./engine.js").ParameterSpec[]} parameters
 */
export function movedTable(calibration, parameters) {
  const rows = Object.keys(calibration.parameters).map((id) => {
    const spec = /** @type {import("./engine.js").ParameterSpec} */ (parameters.find((p) => p.id === id));
    const [lower, upper] = calibration.bounds[id];
    const declared = calibration.declared?.[id] ?? spec.default;
    const fitted = calibration.parameters[id];
    return {id, spec, lower, upper, declared, fitted, moved: (fitted - declared) / (upper - lower)};
  });
  rows.sort((a, b) => Math.abs(b.moved) - Math.abs(a.moved));
  return table(
    rows,
    [
      {label: t("table.parameter"), value: (d) => html`<code>${d.id}</code><br>${pick(d.spec.label, d.id)}`},
      {label: t("calibration.declared"), value: (d) => formatNumber(d.declared), className: "shapan-num"},
      {label: t("calibration.fitted"), value: (d) => formatNumber(d.fitted), className: "shapan-num"},
      {label: t("calibration.box"), value: (d) => `${formatNumber(d.lower)} – ${formatNumber(d.upper)}`, className: "shapan-num"},
      {label: t("calibration.moved"), value: (d) => formatPercent(d.moved, {digits: 2, sign: true}), className: "shapan-num"},
      {label: t("table.unit"), value: (d) => leverUnit(d.spec) || "—"}
    ],
    {label: t("calibration.movedTitle")}
  );
}

/**
 * Heat map of targetSensitivity: how far (in tolerances) each target moves when each parameter
 * moves by a tenth of its box; the label is the signed value, the colour its share of the target's row.
 *
 * @param {any[]} rows
 * @param {{width: number}} options
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
    color: {type: "linear", domain: [0, 1], scheme: "blues", label: t("calibration.shareAxis"), legend: true},
    marks: [
      Plot.cell(rows, {
        x: "parameter",
        y: "target",
        fill: "share",
        inset: 0.5,
        tip: true,
        title: (d) => t("calibration.sensitivityTip", d.target, d.parameter, d.tolerances.toFixed(2), (d.share * 100).toFixed(0))
      }),
      Plot.text(rows, {x: "parameter", y: "target", text: (d) => (Math.abs(d.tolerances) < 0.05 ? "" : d.tolerances.toFixed(1)), fill: (d) => (d.share > 0.5 ? "white" : "black"), fontSize: 10})
    ]
  });
}
