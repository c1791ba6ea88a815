// One output's chart card in the explorer: the scenario against the baseline as levels, as the
// difference, or as the difference in per cent, with the Monte Carlo bands of that same quantity
// and, for a difference, how often the draws agree on its sign. The card redraws its plot only
// when what it shows has changed.
import {html} from "htl";
import {legend, lineChart, spansDecades} from "./charts.js";
import {chartDownloads} from "./downloads.js";
import {formatPercent, pick, t} from "./i18n.js";
import {axisUnit, displayUnit} from "./units.js";

/**
 * @typedef {object} BandResult the worker's "band" answer (annual)
 * @property {Float64Array} time calendar years
 * @property {number} runs
 * @property {Record<string, {quantiles: Float64Array[]}>} bands levels, quantiles 5, 25, 50, 75, 95%
 * @property {Record<string, {quantiles: Float64Array[]}>} diff scenario − baseline, draw by draw
 * @property {Record<string, {quantiles: Float64Array[]}>} pct (scenario / baseline − 1) × 100
 * @property {Record<string, Float64Array>} sameSign share of draws whose difference has the sign of the central run's
 */

/**
 * @param {import("./engine.js").OutputSpec} output
 * @param {object} options
 * @param {string} options.color the output's colour (colors.js)
 * @param {string} options.fileStem file name for downloads, without extension, given when pressed
 * @param {(() => void) | null} [options.onRemove] a remove button, for charts the reader added
 * @param {(log: boolean) => void} options.onLog
 */
export function outputChart(output, {color, fileStem, onRemove = null, onLog}) {
  const title = pick(output.label, output.id);
  const slot = html`<div class="shapan-plot"></div>`;
  const sign = html`<p class="shapan-muted shapan-sign" data-sign></p>`;
  const logToggle = html`<label class="shapan-small-toggle" hidden><input type="checkbox"> ${t("chart.log")}</label>`;
  const logBox = /** @type {HTMLInputElement} */ (logToggle.querySelector("input"));
  logBox.addEventListener("change", () => onLog(logBox.checked));
  const remove = onRemove ? html`<button type="button" class="shapan-small" data-action="remove-chart" aria-label=${t("explorer.removeChart", title)}>×</button>` : null;
  remove?.addEventListener("click", onRemove);
  const unitLine = html`<h3></h3>`;
  const legendLine = html`<div></div>`;
  const node = html`<section class="card shapan-chart" data-chart=${output.id} aria-label=${title}>
    <header class="shapan-chart-head"><div><h2>${title}</h2>${unitLine}</div><div class="shapan-chart-tools">${logToggle}${chartDownloads(() => ({svg: slot.querySelector("svg"), title: `${title} · ${unitLine.textContent}`, name: `${fileStem}-${output.id}`}))}${remove}</div></header>
    ${legendLine}${slot}${sign}
  </section>`;

  /** @type {any} */
  let last = null;
  /** @type {import("./charts.js").ChartNode | null} */
  let plot = null;

  /**
   * Draws what the state asks for, if it differs from what is drawn.
   *
   * @param {object} state
   * @param {number} state.width
   * @param {import("./explorerState.js").ViewMode} state.mode
   * @param {import("./engine.js").Projection} state.projection
   * @param {import("./engine.js").Projection} state.baseline
   * @param {BandResult | null} state.band
   * @param {number} state.year
   * @param {boolean} state.log
   * @param {{from: number, to: number, value: number, op: string} | null} state.goal in the output's own unit
   * @param {boolean} [state.force]
   */
  function update({width, mode, projection, baseline, band, year, log, goal, force = false}) {
    const {factor} = displayUnit(output.unit);
    const years = projection.annual.years;
    const s = projection.annual.series[output.id];
    const b = baseline.annual.series[output.id];
    const lines =
      mode === "level"
        ? [
            {key: "scenario", label: t("chart.scenario"), color, years, values: scale(s, factor)},
            {key: "baseline", label: t("chart.baseline"), color, years, values: scale(b, factor), dashed: true}
          ]
        : [{key: "scenario", label: t(mode === "diff" ? "chart.difference" : "chart.differencePercent"), color, years, values: mode === "diff" ? difference(s, b, factor) : percent(s, b)}];
    const canLog = mode === "level" && spansDecades(lines);
    logToggle.hidden = !canLog;
    logBox.checked = log && canLog;
    const unit = mode === "pct" ? "%" : axisUnit(output);
    const bandSet = band ? (mode === "level" ? band.bands : mode === "diff" ? band.diff : band.pct)[output.id] : null;
    const bands = bandSet && band ? [bandOf(bandSet, band.time, mode === "pct" ? 1 : factor, color)] : null;
    const goalMark = mode === "level" && goal ? {from: goal.from, to: goal.to, value: goal.value * factor, label: t("chart.goal", goal.op, goal.value * factor, unit)} : null;
    const next = {width, mode, log: log && canLog, year, goal: goalMark, values: lines.map((l) => l.values)};
    unitLine.textContent = unit;
    if (force || !last || !sameDrawing(last, next)) {
      plot = lineChart({width, lines, unit, log: log && canLog, zero: true, bands, markYear: year, goal: goalMark, ariaLabel: title});
      slot.replaceChildren(plot);
      legendLine.replaceChildren(legend(lines));
    } else if (last.bands !== bandSet) {
      plot?.setBands(bands);
    }
    last = {...next, bands: bandSet};
    describeSign(band, mode, year);
  }

  /** For a difference: the share of draws that agree on its sign in the chosen year. */
  function describeSign(/** @type {BandResult | null} */ band, /** @type {string} */ mode, /** @type {number} */ year) {
    const shares = band?.sameSign[output.id];
    const i = band ? Array.from(band.time).indexOf(year) : -1;
    if (mode === "level" || !shares || i < 0 || !Number.isFinite(shares[i])) {
      sign.textContent = "";
      return;
    }
    sign.textContent = t("chart.sameSign", year, formatPercent(shares[i], {digits: 0}), band?.runs);
  }

  return {output, node, slot, update};
}

/** @param {ArrayLike<number>} values @param {number} factor */
function scale(values, factor) {
  return factor === 1 ? values : Float64Array.from(values, (v) => v * factor);
}

/** @param {ArrayLike<number>} s @param {ArrayLike<number>} b @param {number} factor */
function difference(s, b, factor) {
  return Float64Array.from(s, (v, i) => (v - b[i]) * factor);
}

/** @param {ArrayLike<number>} s @param {ArrayLike<number>} b */
function percent(s, b) {
  return Float64Array.from(s, (v, i) => (b[i] !== 0 ? ((v - b[i]) / Math.abs(b[i])) * 100 : Number.NaN));
}

/**
 * @param {{quantiles: Float64Array[]}} set
 * @param {Float64Array} years
 * @param {number} factor
 * @param {string} color
 * @returns {import("./charts.js").Band}
 */
function bandOf(set, years, factor, color) {
  const [q05, q25, , q75, q95] = set.quantiles.map((q) => scale(q, factor));
  return {key: "scenario", color, years, q05, q25, q75, q95};
}

/** Whether two drawings show the same lines on the same axes. */
function sameDrawing(/** @type {any} */ a, /** @type {any} */ b) {
  if (a.width !== b.width || a.mode !== b.mode || a.log !== b.log || a.year !== b.year || JSON.stringify(a.goal) !== JSON.stringify(b.goal)) return false;
  for (let l = 0; l < a.values.length; l++) {
    const x = a.values[l];
    const y = b.values[l];
    if (x === y) continue;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(Number.isNaN(x[i]) && Number.isNaN(y[i]))) return false;
  }
  return a.values.length === b.values.length;
}
