// The explorer's state in the query string, so a copied link reopens exactly what is on screen:
// the scenario (the preset and the levers set away from it, in the CLI's syntax, as
// scenarioFromQuery reads them) and how it is shown (view, year, bands, added charts, log axes,
// goals). `lang` belongs to the site (siteBoot.js) and is kept as it is.
import {scenarioToQuery} from "./engine.js";

/** @typedef {"level" | "diff" | "pct"} ViewMode */
/**
 * @typedef {object} ViewState
 * @property {ViewMode} view level, difference from the baseline, or difference in per cent
 * @property {number} year the year of the headline cards
 * @property {boolean} bands uncertainty bands on
 * @property {string[]} more outputs charted besides the headline ones
 * @property {string[]} log outputs drawn on a log axis
 * @property {string[]} goals goals to mark (goal seek's, in parseGoal's syntax)
 */

/** Parameters that describe the view, not the scenario. */
const viewParameters = ["view", "year", "bands", "more", "log", "goal"];
const siteParameters = ["lang"];

/**
 * Splits a query string into the scenario's part (for scenarioFromQuery) and the view.
 *
 * @param {string} search location.search
 * @param {{defaultYear: number, years: number[]}} options
 * @returns {{scenario: URLSearchParams, view: ViewState}}
 */
export function readExplorerQuery(search, {defaultYear, years}) {
  const params = new URLSearchParams(search);
  const scenario = new URLSearchParams();
  for (const [name, value] of params) if (!viewParameters.includes(name) && !siteParameters.includes(name)) scenario.append(name, value);
  const list = (/** @type {string} */ name) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const view = params.get("view");
  const year = Number(params.get("year"));
  return {
    scenario,
    view: {
      view: view === "diff" || view === "pct" ? view : "level",
      year: years.includes(year) ? year : defaultYear,
      bands: params.get("bands") !== "0",
      more: list("more"),
      log: list("log"),
      goals: params.getAll("goal")
    }
  };
}

/**
 * The query string for a scenario and its view: the scenario's parameters first (as
 * scenarioToQuery writes them), then the view's where they differ from the defaults, then `lang`.
 *
 * @param {string} preset
 * @param {Record<string, import("./engine.js").LeverValue>} levers
 * @param {ViewState} view
 * @param {number} defaultYear
 * @param {string} [search] the current query, whose site parameters are kept
 */
export function writeExplorerQuery(preset, levers, view, defaultYear, search = "") {
  const params = new URLSearchParams(scenarioToQuery(preset, levers));
  if (view.view !== "level") params.set("view", view.view);
  if (view.year !== defaultYear) params.set("year", String(view.year));
  if (!view.bands) params.set("bands", "0");
  if (view.more.length) params.set("more", view.more.join(","));
  if (view.log.length) params.set("log", view.log.join(","));
  for (const goal of view.goals) params.append("goal", goal);
  const current = new URLSearchParams(search);
  for (const name of siteParameters) if (current.has(name)) params.set(name, /** @type {string} */ (current.get(name)));
  const text = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}

/**
 * The explorer's link for a scenario (as goal seek and the presets table give it).
 *
 * @param {string} preset
 * @param {Record<string, import("./engine.js").LeverValue>} [levers]
 * @param {string[]} [goals]
 */
export function explorerLink(preset, levers = {}, goals = []) {
  const params = new URLSearchParams(scenarioToQuery(preset, levers));
  for (const goal of goals) params.append("goal", goal);
  const text = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return `./explorer${text ? `?${text}` : ""}`;
}
