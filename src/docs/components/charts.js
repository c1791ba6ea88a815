// Line charts shared by every page. Kept lean on purpose: the explorer redraws every chart on each
// slider move, so a chart is one Plot with its line marks and a tip that costs nothing until the
// pointer moves; uncertainty bands are paths drawn through the plot's own scales, clipped to the
// frame: they never set the axis (a band 5 times the line's height would flatten it), and new
// bands replace a few paths without rebuilding the chart.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {formatNumber, lang, locale, t} from "./i18n.js";

/** @typedef {{key: string, label: string, color: string, years: ArrayLike<number>, values: ArrayLike<number>, dashed?: boolean, run?: string}} Line */
/** @typedef {{key: string, color: string, years: ArrayLike<number>, q05: ArrayLike<number>, q25: ArrayLike<number>, q75: ArrayLike<number>, q95: ArrayLike<number>}} Band */
/** @typedef {{from: number, to: number, value: number, label: string}} GoalMark */
/** @typedef {HTMLDivElement & {setBands: (bands: Band[] | null) => void, plot: SVGSVGElement & {scale: Function}}} ChartNode */

const defaults = {height: 200, marginLeft: 56, marginRight: 14, marginTop: 22, marginBottom: 28};

/** Fill opacity of the 90% and the 50% band (they stack: the 50% band reads as their sum). */
export const bandOpacity = [0.14, 0.22];

const compactFormat = new Intl.NumberFormat(locale, {notation: "compact", maximumFractionDigits: 1});

/**
 * A y-axis tick: compact from 10 000 in Chinese (1.2万) and a million in English (1.2M), the
 * reader's grouping below.
 *
 * @param {number} d
 */
export function tickFormat(d) {
  const abs = Math.abs(d);
  if (abs >= (lang === "zh" ? 1e4 : 1e6)) return compactFormat.format(d).replace("-", "−");
  return formatNumber(d, {digits: 4});
}

/**
 * Whether values spanning [min, max] read better on a log axis: all positive, two decades or more.
 *
 * @param {Line[]} lines
 */
export function spansDecades(lines) {
  const [low, high] = extent(lines, false);
  return low > 0 && high / low >= 100;
}

/**
 * The range of the lines' values (with zero when `zero`), for the y axis.
 *
 * @param {Line[]} lines
 * @param {boolean} zero
 * @param {number[]} [extra] values that must show too (a goal's threshold)
 * @returns {[number, number]}
 */
function extent(lines, zero, extra = []) {
  let low = zero ? 0 : Infinity;
  let high = zero ? 0 : -Infinity;
  for (const line of lines) {
    for (let i = 0; i < line.values.length; i++) {
      const v = line.values[i];
      if (Number.isFinite(v)) (low = Math.min(low, v)), (high = Math.max(high, v));
    }
  }
  for (const v of extra) if (Number.isFinite(v)) (low = Math.min(low, v)), (high = Math.max(high, v));
  if (!Number.isFinite(low)) return [0, 1];
  if (low === high) return low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  return [low, high];
}

let clipIds = 0;

/**
 * A chart of annual lines: solid or dashed, each in its own colour, with a tip giving the value
 * nearest the pointer. The y axis spans the lines only (and zero on a linear axis, unless
 * `zero` is false); bands are drawn under the lines and clipped to the frame.
 *
 * @param {object} options
 * @param {number} options.width
 * @param {number} [options.height]
 * @param {Line[]} options.lines
 * @param {string} options.unit the values' unit (for the tip; the card around the chart names it)
 * @param {boolean} [options.log] log y axis (only for positive values)
 * @param {boolean} [options.zero] include zero on a linear axis (default true)
 * @param {Band[] | null} [options.bands]
 * @param {number} [options.markYear] a faint vertical rule at this year (the cards' year)
 * @param {GoalMark | null} [options.goal] a threshold drawn over its years
 * @param {string} [options.ariaLabel]
 * @returns {ChartNode}
 */
export function lineChart({width, height = defaults.height, lines, unit, log = false, zero = true, bands = null, markYear, goal = null, ariaLabel}) {
  const useLog = log && extent(lines, false)[0] > 0;
  const [low, high] = extent(lines, !useLog && zero, goal ? [goal.value] : []);
  const rows = [];
  for (const line of lines) {
    for (let i = 0; i < line.years.length; i++) rows.push({year: line.years[i], value: line.values[i], line});
  }
  const svg = /** @type {SVGSVGElement & {scale: Function}} */ (
    Plot.plot({
      width,
      height,
      marginLeft: defaults.marginLeft,
      marginRight: defaults.marginRight,
      marginTop: defaults.marginTop,
      marginBottom: defaults.marginBottom,
      ariaLabel,
      x: {label: null, tickFormat: "d", ticks: Math.max(2, Math.min(7, Math.round(width / 70)))},
      y: {label: null, grid: true, nice: true, tickFormat, ...(useLog ? {type: "log", domain: [low, high]} : {domain: [low, high]})},
      marks: [
        ...(markYear !== undefined ? [Plot.ruleX([markYear], {stroke: "currentColor", strokeOpacity: 0.25, strokeDasharray: "2,3"})] : []),
        ...(!useLog && low < 0 && high > 0 ? [Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.5})] : []),
        ...lines.map((line) =>
          Plot.lineY(
            rows.filter((d) => d.line === line),
            {x: "year", y: "value", stroke: line.color, strokeWidth: line.dashed ? 1.4 : 2.2, strokeDasharray: line.dashed ? "5,3" : undefined, strokeOpacity: line.dashed ? 0.8 : 1}
          )
        ),
        ...(goal
          ? [
              Plot.ruleY([goal], {x1: (d) => d.from - (d.from === d.to ? 0.3 : 0), x2: (d) => d.to + (d.from === d.to ? 0.3 : 0), y: "value", stroke: "currentColor", strokeWidth: 2}),
              Plot.text([goal], {x: "to", y: "value", text: "label", dy: -8, textAnchor: "end", fill: "currentColor", fontSize: 11})
            ]
          : [])
      ]
    })
  );
  const layer = document.createElementNS("http://www.w3.org/2000/svg", "g");
  layer.setAttribute("class", "shapan-bands");
  layer.setAttribute("aria-label", t("chart.bandsLayer"));
  const clip = document.createElementNS("http://www.w3.org/2000/svg", "clipPath");
  clip.id = `shapan-clip-${++clipIds}`;
  const [x0, x1] = svg.scale("x").range;
  const [y0, y1] = svg.scale("y").range;
  const frame = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  frame.setAttribute("x", String(Math.min(x0, x1)));
  frame.setAttribute("y", String(Math.min(y0, y1)));
  frame.setAttribute("width", String(Math.abs(x1 - x0)));
  frame.setAttribute("height", String(Math.abs(y1 - y0)));
  clip.append(frame);
  layer.setAttribute("clip-path", `url(#${clip.id})`);
  svg.insertBefore(clip, svg.firstChild);
  svg.insertBefore(layer, svg.querySelector('g[aria-label="line"]'));
  const shown = {bands: /** @type {Band[] | null} */ (null)};
  const setBands = (/** @type {Band[] | null} */ next) => {
    drawBands(svg, layer, next ?? []);
    shown.bands = next?.length ? next : null;
  };
  if (bands?.length) setBands(bands);
  const node = /** @type {ChartNode} */ (withTip(svg, rows, unit, shown));
  node.setBands = setBands;
  node.plot = svg;
  return node;
}

/**
 * One closed path per band (90% then 50%), linear between years like the lines.
 *
 * @param {SVGSVGElement & {scale: Function}} svg
 * @param {SVGGElement} layer
 * @param {Band[]} bands
 */
function drawBands(svg, layer, bands) {
  const x = svg.scale("x");
  const y = svg.scale("y");
  const paths = [];
  const point = (/** @type {number} */ year, /** @type {number} */ value) => `${x.apply(year).toFixed(1)},${y.apply(value).toFixed(1)}`;
  for (const band of bands) {
    const years = Array.from(band.years);
    const ok = years.map((_, i) => [band.q05[i], band.q25[i], band.q75[i], band.q95[i]].every(Number.isFinite));
    const keep = years.map((_, i) => i).filter((i) => ok[i]);
    if (keep.length < 2) continue;
    for (const [lowKey, highKey, opacity, kind] of /** @type {const} */ ([
      ["q05", "q95", bandOpacity[0], "90"],
      ["q25", "q75", bandOpacity[1], "50"]
    ])) {
      const upper = keep.map((i) => point(years[i], band[highKey][i]));
      const lower = keep.map((i) => point(years[i], band[lowKey][i])).reverse();
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", `M${upper.join("L")}L${lower.join("L")}Z`);
      path.setAttribute("fill", band.color);
      path.setAttribute("fill-opacity", String(opacity));
      path.setAttribute("class", `shapan-band shapan-band-${kind}`);
      path.setAttribute("data-series", band.key);
      paths.push(path);
    }
  }
  layer.replaceChildren(...paths);
}

/**
 * A tip that finds the point nearest the pointer through the plot's own scales (Plot's pointer
 * tip costs about 4 ms a chart to build, which charts redrawn on every slider move cannot afford).
 *
 * @param {SVGSVGElement & {scale: Function}} svg
 * @param {{year: number, value: number, line: Line}[]} rows
 * @param {string} unit
 * @param {{bands: Band[] | null}} shown
 */
function withTip(svg, rows, unit, shown) {
  const bandText = (/** @type {{year: number, line: Line}} */ d) => {
    const band = shown.bands?.find((b) => b.key === d.line.key);
    if (!band) return "";
    const i = Array.from(band.years).indexOf(d.year);
    if (i < 0) return "";
    return `\n${t("chart.band50")}: ${formatNumber(band.q25[i])} – ${formatNumber(band.q75[i])}\n${t("chart.band90")}: ${formatNumber(band.q05[i])} – ${formatNumber(band.q95[i])}`;
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
      if (!Number.isFinite(d.value)) continue;
      const dx = x.apply(d.year) - px;
      const dy = y.apply(d.value) - py;
      const distance = 4 * dx * dx + dy * dy; // favour the year under the pointer
      if (distance < bestDistance) (best = d), (bestDistance = distance);
    }
    if (!best) return;
    const cx = x.apply(best.year);
    const cy = y.apply(best.value);
    marker.setAttribute("cx", String(cx));
    marker.setAttribute("cy", String(cy));
    marker.setAttribute("fill", best.line.color);
    marker.setAttribute("visibility", "visible");
    tip.textContent = `${best.line.label}\n${best.year}: ${formatNumber(best.value)} ${unit}${bandText(best)}`;
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
 * A legend of line styles and colours, built once per chart (it does not change when a slider moves).
 *
 * @param {{label: string, color: string, dashed?: boolean}[]} entries
 */
export function legend(entries) {
  return html`<div class="shapan-legend">${entries.map(
    (e) =>
      html`<span class="shapan-swatch"><svg width="24" height="10" aria-hidden="true"><line x1="1" x2="23" y1="5" y2="5" stroke=${e.color} stroke-width=${e.dashed ? 1.6 : 2.6} stroke-dasharray=${e.dashed ? "5,3" : null}></line></svg>${e.label}</span>`
  )}</div>`;
}

/** The legend of the bands, in neutral grey since every series has its own colour. */
export function bandLegend() {
  const swatch = (/** @type {number} */ opacity) => html`<svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" fill="currentColor" fill-opacity=${opacity}></rect></svg>`;
  return html`<span class="shapan-legend shapan-band-legend">
    <span class="shapan-swatch">${swatch(bandOpacity[0])}${t("chart.band90long")}</span>
    <span class="shapan-swatch">${swatch(bandOpacity[0] + bandOpacity[1])}${t("chart.band50long")}</span>
  </span>`;
}
