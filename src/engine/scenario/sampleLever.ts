import {interpolateMany} from "../core/interpolateMany.js";
import type {LeverSpec, LeverValue} from "../declarations.js";
import type {FormulaCompiler} from "./formula.js";
import {ScenarioError} from "./scenarioError.js";
import {describeRange} from "./describeRange.js";

/**
 * Samples a lever's schedule onto the model's instants once, before the run, and checks every
 * sample against the lever's range: a formula that leaves the range at some t is an error naming t.
 *
 * @param spec the lever's declaration
 * @param value a constant, [year, value] points, or a formula in t
 * @param times the instants (evaluationTimes)
 * @param formulas compiles a formula value (see createFormulaCompiler); without it a formula is refused
 * @param into optional output array of times.length
 * @throws ScenarioError naming `levers.<id>` and the allowed range, or for a formula with no compiler
 * @example sampleLever(subsidy, [[2023, 0], [2025, 0.4]], Float64Array.of(2024)) // [0.2]
 */
export function sampleLever(spec: LeverSpec, value: LeverValue, times: Float64Array, formulas?: FormulaCompiler, into = new Float64Array(times.length)): Float64Array {
  const field = `levers.${spec.id}`;
  const check = (v: number, when?: number) => {
    if (!Number.isFinite(v) || v < spec.min || v > spec.max) {
      throw new ScenarioError(field, `must be ${describeRange(spec)}, got ${Number.isFinite(v) ? round(v) : v}${when === undefined ? "" : ` at t = ${round(when)}`}`);
    }
  };
  if (typeof value === "number") {
    check(value);
    return into.fill(value);
  }
  if (Array.isArray(value)) {
    value.forEach((point, i) => {
      if (!Array.isArray(point) || point.length !== 2) throw new ScenarioError(`${field}[${i}]`, `must be a [year, value] pair, got ${JSON.stringify(point)}`);
      const [year, v] = point;
      if (!Number.isFinite(year) || (i > 0 && year <= value[i - 1][0])) {
        throw new ScenarioError(`${field}[${i}]`, `year must be a number greater than the previous point's (${value[i - 1]?.[0] ?? "none"}), got ${year}`);
      }
      check(v, year);
    });
    return interpolateMany(value, times, into);
  }
  if (typeof value !== "string") throw new ScenarioError(field, `must be a number, a list of [year, value] points, or a formula in t, got ${JSON.stringify(value) ?? typeof value}`);
  if (!formulas) throw new ScenarioError(field, "is a formula in t, and this engine was created without formula support (createEngine(data, {formulas}))");
  const formula = formulas(value, field);
  for (let j = 0; j < times.length; j++) {
    const v = formula(times[j]);
    check(v, times[j]);
    into[j] = v;
  }
  return into;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
