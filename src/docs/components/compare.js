// Compare: small multiples of the headline outputs, one line per scenario in that scenario's
// colour, a table of the differences from the first scenario at chosen years, the choice kept in
// the URL, and scenario files read (and checked with the engine's schema) when uploaded.
import {html} from "htl";
import {loadScenarioCheck} from "./engine.js";
import {legend, lineChart} from "./charts.js";
import {formatNumber, formatPercent, pick, t} from "./i18n.js";
import {table} from "./tables.js";
import {resolveWithFormulas} from "./siteEngine.js";
import {axisUnit, displayUnit} from "./units.js";

/** @typedef {{key: string, label: string, color: string, dashed?: boolean, projection: import("./engine.js").Projection}} Run */

/**
 * The presets and years a link asks for (`?scenarios=baseline,compute-push&years=2025,2030`).
 *
 * @param {string} search
 * @param {string[]} presets preset ids
 * @param {number[]} years years that can be chosen
 */
export function readCompareQuery(search, presets, years) {
  const params = new URLSearchParams(search);
  const list = (/** @type {string} */ name) => (params.get(name) ?? "").split(",").filter(Boolean);
  const chosen = list("scenarios").filter((id) => presets.includes(id));
  const chosenYears = list("years")
    .map(Number)
    .filter((y) => years.includes(y));
  return {
    presets: chosen.length ? chosen : ["baseline", "compute-push", "export-tightening"].filter((id) => presets.includes(id)),
    years: chosenYears.length ? chosenYears : [2025, 2030, 2035].filter((y) => years.includes(y))
  };
}

/**
 * Writes the choice into the URL (keeping `lang` and anything else there).
 *
 * @param {string[]} presets
 * @param {number[]} years
 */
export function writeCompareQuery(presets, years) {
  const params = new URLSearchParams(location.search);
  params.set("scenarios", presets.join(","));
  params.set("years", [...years].sort((a, b) => a - b).join(","));
  history.replaceState(history.state, "", `${location.pathname}?${params.toString().replaceAll("%2C", ",")}${location.hash}`);
}

/**
 * A file input in the page's language (a native one shows the browser's words), with a `value`
 * of the chosen files and `input` events, as Observable Inputs have.
 *
 * @param {{label: string, choose: string, accept: string}} options
 * @returns {HTMLFormElement & {value: File[]}}
 */
export function fileInput({label, choose, accept}) {
  const input = /** @type {HTMLInputElement} */ (html`<input type="file" id="shapan-files" accept=${accept} multiple class="shapan-file">`);
  const names = html`<span class="shapan-muted"></span>`;
  const form = /** @type {HTMLFormElement & {value: File[]}} */ (
    html`<form class="shapan-file-input"><span class="shapan-file-label">${label}</span><label for="shapan-files" class="shapan-button">${choose}</label>${input}${names}</form>`
  );
  form.value = [];
  input.addEventListener("input", (event) => event.stopPropagation());
  input.addEventListener("change", () => {
    form.value = Array.from(input.files ?? []);
    names.textContent = form.value.map((f) => f.name).join(", ");
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}

/**
 * Reads uploaded scenario files: each is parsed and checked with the engine's scenario schema
 * (zod, loaded now and only now), then run. A bad file is reported and left out.
 *
 * @param {import("./engine.js").Engine} engine
 * @param {File[]} files
 * @returns {Promise<Array<{name: string, label: string, projection: import("./engine.js").Projection} | {name: string, error: string}>>}
 */
export async function readScenarioFiles(engine, files) {
  if (!files.length) return [];
  await loadScenarioCheck();
  return Promise.all(
    files.map(async (file) => {
      try {
        const scenario = JSON.parse(await file.text());
        const resolved = await resolveWithFormulas(engine, scenario);
        return {name: file.name, label: pick(scenario.label, scenario.name ?? file.name), projection: engine.simulate(resolved)};
      } catch (error) {
        return {name: file.name, error: /** @type {Error} */ (error).message};
      }
    })
  );
}

/**
 * One chart per output, one line per scenario.
 *
 * @param {Run[]} runs
 * @param {import("./engine.js").OutputSpec} output
 * @param {number} width
 */
export function compareChart(runs, output, width) {
  const {factor} = displayUnit(output.unit);
  const unit = axisUnit(output);
  const title = pick(output.label, output.id);
  return lineChart({
    width,
    height: 190,
    unit,
    ariaLabel: title,
    lines: runs.map((r) => ({
      key: r.key,
      label: r.label,
      color: r.color,
      dashed: r.dashed,
      years: r.projection.annual.years,
      values: Float64Array.from(r.projection.annual.series[output.id], (v) => v * factor)
    }))
  });
}

/** @param {Run[]} runs */
export function scenarioLegend(runs) {
  return legend(runs.map((r) => ({label: r.label, color: r.color, dashed: r.dashed})));
}

/**
 * Values at each chosen year, and each scenario's difference from the first, one cell per value.
 *
 * @param {Run[]} runs
 * @param {import("./engine.js").OutputSpec[]} outputs
 * @param {number[]} years
 */
export function differenceTable(runs, outputs, years) {
  const [reference, ...others] = runs;
  const at = (/** @type {Run} */ run, /** @type {string} */ id, /** @type {number} */ year) => run.projection.annual.series[id][year - run.projection.annual.years[0]];
  const rows = outputs.flatMap((output) => years.map((year, i) => ({output, year, first: i === 0})));
  const value = (/** @type {Run} */ run) => (/** @type {any} */ d) => formatNumber(at(run, d.output.id, d.year) * displayUnit(d.output.unit).factor);
  const change = (/** @type {Run} */ run) => (/** @type {any} */ d) => {
    const v = at(run, d.output.id, d.year);
    const base = at(reference, d.output.id, d.year);
    if (v === base) return "0";
    const diff = (v - base) * displayUnit(d.output.unit).factor;
    return `${formatNumber(diff, {sign: true})}${base !== 0 ? ` (${formatPercent((v - base) / Math.abs(base), {sign: true})})` : ""}`;
  };
  const node = table(
    rows,
    [
      {label: t("common.output"), value: (d) => (d.first ? html`<strong>${pick(d.output.label, d.output.id)}</strong><br><small>${axisUnit(d.output)}</small>` : "")},
      {label: t("common.year"), value: (d) => String(d.year)},
      {label: reference.label, value: value(reference), className: "shapan-num"},
      ...others.flatMap((r) => [
        {label: r.label, value: value(r), className: "shapan-num"},
        {label: t("compare.versus", reference.label), value: change(r), className: "shapan-num"}
      ])
    ],
    {label: t("compare.tableTitle")}
  );
  node.querySelector("table")?.setAttribute("data-table", "differences");
  return node;
}
