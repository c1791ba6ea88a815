// Downloads a reader can use: file names that say what is in them, the annual table on screen as
// CSV (rounded, units in the header, baseline and difference columns, the scenario and its link
// in a comment line), and each chart as SVG or PNG.
import {html} from "htl";
import {formatLeverValue} from "./engine.js";
import {t} from "./i18n.js";

/**
 * A file name for a scenario: the preset, then each lever set away from it with its value, then
 * what the file holds, e.g. `shapan-compute-push-public_compute-3000-annual.csv`.
 *
 * @param {string} preset
 * @param {Record<string, import("./engine.js").LeverValue>} levers
 * @param {string} what e.g. "annual", "monthly", "scenario"
 * @param {string} extension without the dot
 */
export function fileName(preset, levers, what, extension) {
  const parts = ["shapan", preset, ...Object.entries(levers).flatMap(([id, value]) => [id, formatLeverValue(value)]), what];
  let name = parts
    .join("-")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/_+/g, "_");
  if (name.length > 120) name = `${name.slice(0, 100)}-${hash(name)}-${what}`;
  return `${name}.${extension}`;
}

/** A short stable hash, so two long names that share a start stay apart. */
function hash(/** @type {string} */ text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * Rounds a number for reading in a table: `digits` significant digits, no exponent for
 * ordinary sizes, no thousands separators (the file is read by spreadsheets).
 *
 * @param {number} x
 * @param {number} [digits]
 */
export function roundForReading(x, digits = 4) {
  if (!Number.isFinite(x)) return "";
  if (x === 0) return "0";
  const rounded = Number(x.toPrecision(digits));
  return Math.abs(rounded) >= 1e-4 && Math.abs(rounded) < 1e15 ? String(rounded) : rounded.toExponential(digits - 1);
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
function field(/** @type {string} */ text) {
  return /[",\n#]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The annual table as CSV: a comment line, then one row per year with, for each column, the
 * scenario's value, the baseline's, their difference and the difference in per cent.
 *
 * @param {object} table
 * @param {string} table.comment the scenario and its link
 * @param {string} table.yearLabel
 * @param {ArrayLike<number>} table.years
 * @param {{label: string, unit: string, scenario: ArrayLike<number>, baseline: ArrayLike<number>}[]} table.columns
 */
export function annualCsv({comment, yearLabel, years, columns}) {
  const header = [yearLabel];
  for (const c of columns) {
    const unit = c.unit ? ` (${c.unit})` : "";
    header.push(`${c.label}${unit}`, `${c.label}, ${t("download.baseline")}${unit}`, `${c.label}, ${t("download.difference")}${unit}`, `${c.label}, ${t("download.differencePercent")} (%)`);
  }
  const lines = [`# ${comment.replaceAll("\n", " ")}`, header.map(field).join(",")];
  for (let i = 0; i < years.length; i++) {
    const row = [String(years[i])];
    for (const c of columns) {
      const value = c.scenario[i];
      const base = c.baseline[i];
      row.push(roundForReading(value), roundForReading(base), roundForReading(value - base), base !== 0 ? roundForReading(((value - base) / Math.abs(base)) * 100, 3) : "");
    }
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Saves text or a blob under a name, as the browser's download.
 *
 * @param {string | Blob} content
 * @param {string} name
 * @param {string} [type]
 */
export function save(content, name, type = "text/plain") {
  const url = URL.createObjectURL(typeof content === "string" ? new Blob([content], {type}) : content);
  const a = html`<a href=${url} download=${name} hidden></a>`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A chart as a self-contained SVG file: the page's colours and font written into it, a title
 * above, and a background, so it reads the same outside the page.
 *
 * @param {SVGSVGElement} svg the chart's plot
 * @param {string} title
 */
export function standaloneSvg(svg, title) {
  const style = getComputedStyle(svg);
  const background = getComputedStyle(document.body).backgroundColor;
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const titleHeight = 24;
  const copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
  copy.querySelectorAll("circle[visibility=hidden]").forEach((c) => c.remove());
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(titleHeight));
  const ns = "http://www.w3.org/2000/svg";
  const outer = document.createElementNS(ns, "svg");
  outer.setAttribute("xmlns", ns);
  outer.setAttribute("width", String(width));
  outer.setAttribute("height", String(height + titleHeight));
  outer.setAttribute("viewBox", `0 0 ${width} ${height + titleHeight}`);
  outer.setAttribute("style", `color: ${style.color}; font: 11px ${style.fontFamily};`);
  const rect = document.createElementNS(ns, "rect");
  rect.setAttribute("width", "100%");
  rect.setAttribute("height", "100%");
  rect.setAttribute("fill", background);
  const text = document.createElementNS(ns, "text");
  text.setAttribute("x", "8");
  text.setAttribute("y", "16");
  text.setAttribute("fill", style.color);
  text.setAttribute("font-size", "13");
  text.setAttribute("font-weight", "600");
  text.textContent = title;
  outer.append(rect, text, copy);
  return new XMLSerializer().serializeToString(outer);
}

/**
 * The same chart as a PNG at twice its size.
 *
 * @param {string} svgText from standaloneSvg
 * @returns {Promise<Blob>}
 */
export async function pngFromSvg(svgText) {
  const url = URL.createObjectURL(new Blob([svgText], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d"));
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * SVG and PNG buttons for a chart card; `current()` gives the chart's plot and title when pressed
 * (the plot is redrawn as the reader moves sliders).
 *
 * @param {() => {svg: SVGSVGElement | null, title: string, name: string}} current name: file name without extension
 */
export function chartDownloads(current) {
  const svgButton = html`<button type="button" class="shapan-small" data-download="svg">SVG</button>`;
  const pngButton = html`<button type="button" class="shapan-small" data-download="png">PNG</button>`;
  svgButton.addEventListener("click", () => {
    const {svg, title, name} = current();
    if (svg) save(standaloneSvg(svg, title), `${name}.svg`, "image/svg+xml");
  });
  pngButton.addEventListener("click", async () => {
    const {svg, title, name} = current();
    if (svg) save(await pngFromSvg(standaloneSvg(svg, title)), `${name}.png`);
  });
  return html`<span class="shapan-chart-downloads" role="group" aria-label=${t("download.chart")}>${svgButton}${pngButton}</span>`;
}

/**
 * SVG and PNG buttons for a chart card drawn by Plot or lineChart: the card's first plot, found
 * when pressed (charts are redrawn when the window changes size).
 *
 * @param {() => Element | null} card the card, once drawn
 * @param {string} title written above the chart in the file
 * @param {string} name file name without extension
 */
export function cardDownloads(card, title, name) {
  return chartDownloads(() => ({svg: /** @type {SVGSVGElement | null} */ (card()?.querySelector(".shapan-tipped > svg, svg[class^=plot]") ?? null), title, name}));
}
