import {createGrid, halfStepTimes} from "../core/grid.js";
import type {LeverSpec, LeverValue, ScenarioInput} from "../declarations.js";
import type {FormulaCompiler} from "./formula.js";
import {readLeverValue} from "./readLeverValue.js";
import {defaultTime} from "./resolveScenario.js";
import {didYouMean} from "./didYouMean.js";
import {refuseReservedKey} from "./reservedKey.js";
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
 * show the error beside the control and still draw the rest. It never throws: every problem
 * (unknown or reserved names, a name given twice, a value that does not parse, leaves its range
 * or cannot be evaluated) is one entry in `errors`, naming `levers.<id>` for a lever's value.
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
  const errors: ScenarioError[] = [];
  let preset = "baseline";
  const levers: Record<string, LeverValue> = {};
  const result = () => ({preset, levers, scenario: {version: 1 as const, name: preset, extends: preset, levers}, errors});
  let params: Array<[string, string]>;
  try {
    params = [...(typeof search === "string" ? new URLSearchParams(search) : search)];
  } catch (error) {
    errors.push(new ScenarioError("query", `cannot be read: ${error instanceof Error ? error.message : String(error)}`));
    return result();
  }
  const specs = new Map(declarations.levers.map((l) => [l.id, l]));
  const presets = Object.keys(declarations.scenarios);
  const seen = new Map<string, string>();
  for (const [name, text] of params) {
    const field = specs.has(name) ? `levers.${name}` : name;
    if (seen.has(name)) {
      errors.push(new ScenarioError(field, `is given more than once (${seen.get(name)}, then ${text}); the first is kept`));
      continue;
    }
    seen.set(name, text);
    try {
      if (name === presetParameter) {
        if (!Object.hasOwn(declarations.scenarios, text)) throw new ScenarioError(presetParameter, `names no preset "${text}"; ${didYouMean(text, presets)}presets are ${presets.join(", ")}`);
        preset = text;
        continue;
      }
      refuseReservedKey(name, name, "lever");
      const spec = specs.get(name);
      if (!spec) throw new ScenarioError(name, `is not a lever; ${didYouMean(name, specs.keys())}levers are ${[...specs.keys()].join(", ")}`);
      levers[name] = readLeverValue(spec, text, times, formulas);
    } catch (error) {
      // Whatever a value throws is reported against its lever, so the page keeps drawing.
      errors.push(error instanceof ScenarioError ? error : new ScenarioError(field, `cannot be read: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return result();
}
