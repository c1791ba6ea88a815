import {createGrid, halfStepTimes} from "../core/grid.js";
import type {LeverSpec, LeverValue, ScenarioInput} from "../declarations.js";
import type {FormulaCompiler} from "./formula.js";
import {readLeverValue} from "./readLeverValue.js";
import {defaultTime} from "./resolveScenario.js";
import {ScenarioError} from "./scenarioError.js";
import {firstYear} from "./schema.js";

/** The query-string parameter that names the preset a URL's scenario extends. */
export const presetParameter = "scenario";

/** A scenario read from a URL: what was understood, and what was not (reported, never fatal). */
export interface QueryScenario {
  /** The preset the scenario extends (baseline when absent or unknown). */
  preset: string;
  /** Lever values the URL sets, parsed and range-checked. */
  levers: Record<string, LeverValue>;
  /** A scenario the engine and the CLI accept: `{version: 1, extends: preset, levers}`. */
  scenario: ScenarioInput;
  /** One entry per rejected parameter: `field` is `levers.<id>`, `scenario` or the unknown name. */
  errors: ScenarioError[];
}

/**
 * Reads a shareable scenario from a query string: `?scenario=compute-push&public_compute=3000&
 * export_controls=2023:0.5,2025:0.9`, lever ids as names and the CLI's value syntax (see
 * parseLeverValue). A bad value falls back to the preset's value and is reported, so a page can
 * show the error beside the control and still draw the rest.
 *
 * @param search `location.search` (with or without "?") or URLSearchParams
 * @param declarations the levers and preset ids
 * @param times instants to check schedules at (default: the default monthly grid's half steps)
 * @param formulas compiles formula values (see sampleLever); without it a formula is reported
 * @example scenarioFromQuery("?public_compute=3000", data).levers // {public_compute: 3000}
 */
export function scenarioFromQuery(
  search: string | URLSearchParams,
  declarations: {levers: LeverSpec[]; scenarios: Record<string, unknown>},
  times: Float64Array = halfStepTimes(createGrid(firstYear, defaultTime.to, 12)),
  formulas?: FormulaCompiler
): QueryScenario {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const specs = new Map(declarations.levers.map((l) => [l.id, l]));
  const errors: ScenarioError[] = [];
  let preset = "baseline";
  const levers: Record<string, LeverValue> = {};
  for (const [name, text] of params) {
    if (name === presetParameter) {
      if (Object.hasOwn(declarations.scenarios, text)) preset = text;
      else errors.push(new ScenarioError(presetParameter, `names no preset "${text}"; presets are ${Object.keys(declarations.scenarios).join(", ")}`));
      continue;
    }
    const spec = specs.get(name);
    if (!spec) {
      errors.push(new ScenarioError(name, `is not a lever; levers are ${[...specs.keys()].join(", ")}`));
      continue;
    }
    try {
      levers[name] = readLeverValue(spec, text, times, formulas);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      errors.push(error);
    }
  }
  return {preset, levers, scenario: {version: 1, name: preset, extends: preset, levers}, errors};
}
