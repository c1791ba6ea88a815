import type {LeverSpec, LeverValue} from "../declarations.js";
import type {FormulaCompiler} from "./formula.js";
import {parseLeverValue} from "./parseLeverValue.js";
import {sampleLever} from "./sampleLever.js";
import {ScenarioError} from "./scenarioError.js";

/**
 * Reads a lever value typed by a user (a URL parameter, a text field) and checks it against the
 * lever's range on the instants it will be sampled at, so a bad value is caught where it was
 * typed, not when the scenario runs.
 *
 * @param spec the lever's declaration
 * @param text `0.3`, points `2023:0.5,2025:0.9`, or a formula in t
 * @param times instants to check a schedule at (the run's evaluation instants)
 * @param formulas compiles a formula (see sampleLever)
 * @returns the parsed value
 * @throws ScenarioError naming `levers.<id>`, and nothing else: malformed points, a bad formula, or
 *   out of range (a page shows the message beside the field and keeps working)
 * @example readLeverValue(exportControls, "2023:0.5,2025:0.9", times) // [[2023, 0.5], [2025, 0.9]]
 */
export function readLeverValue(spec: LeverSpec, text: string, times: Float64Array, formulas?: FormulaCompiler): LeverValue {
  const field = `levers.${spec.id}`;
  try {
    const value = parseLeverValue(text, field);
    sampleLever(spec, value, times, formulas);
    return value;
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw new ScenarioError(field, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
