import {deepFreeze} from "../core/deepFreeze.js";
import type {LeverSpec, LeverValue, ParameterSpec, ScenarioInput, TimeSpec} from "../declarations.js";
import {describeRange} from "./describeRange.js";
import {didYouMean} from "./didYouMean.js";
import {requireObject} from "./requireObject.js";
import {firstYear, lastYear, parseScenario} from "./schema.js";
import {ScenarioError} from "./scenarioError.js";

/** The time settings a scenario gets unless it says otherwise. */
export const defaultTime: Readonly<TimeSpec> = Object.freeze({from: 2023, to: 2035, step: "month", method: "rk4"});

/** A scenario with its `extends` chain applied: every lever and parameter has a value. Frozen. */
export interface ResolvedScenario {
  name: string;
  /** The chain of presets applied, base first. */
  chain: string[];
  levers: Record<string, LeverValue>;
  parameters: Record<string, number>;
  /** Levers and parameters this scenario (or a preset it extends) sets away from the defaults. */
  changed: {levers: string[]; parameters: string[]};
  time: TimeSpec;
}

export interface Declarations {
  levers: LeverSpec[];
  parameters: ParameterSpec[];
  scenarios: Record<string, ScenarioInput>;
  /** Calibrated parameter values that replace the declared defaults. */
  calibration?: Record<string, number>;
}

// Scenarios resolveScenario returned: only these skip validation, so an object merely shaped like
// one (or a copy with a changed field) is checked like any other input.
const resolvedScenarios = new WeakSet<object>();

/**
 * True for a scenario resolveScenario returned (frozen, so still valid), whatever else has its shape.
 *
 * @example isResolved(resolveScenario("baseline", declarations)) // true
 */
export function isResolved(input: unknown): input is ResolvedScenario {
  return typeof input === "object" && input !== null && resolvedScenarios.has(input);
}

/**
 * Applies a scenario's `extends` chain over the declared defaults and checks every name and range.
 * Lever schedules are range-checked when sampled (sampleLever), since formulas need the grid.
 *
 * @param input a scenario object (parsed JSON), a preset id, or a resolved scenario (returned as is)
 * @throws ScenarioError naming the field: unknown preset, lever or parameter, value out of range,
 *   impossible time range, or an `extends` cycle
 */
export function resolveScenario(input: ScenarioInput | ResolvedScenario | string, declarations: Declarations): ResolvedScenario {
  if (isResolved(input)) return input;
  const top = typeof input === "string" ? preset(input, declarations, "scenario") : parseScenario(input);
  const chain: ScenarioInput[] = [top];
  const names: string[] = [];
  for (let s = top; s.extends !== undefined; ) {
    if (names.includes(s.extends)) throw new ScenarioError("extends", `forms a cycle: ${[...names, s.extends].join(" -> ")}`);
    names.push(s.extends);
    s = preset(s.extends, declarations, "extends");
    chain.unshift(s);
  }
  const leverSpecs = new Map(declarations.levers.map((l) => [l.id, l]));
  const parameterSpecs = new Map(declarations.parameters.map((p) => [p.id, p]));
  const levers: Record<string, LeverValue> = Object.fromEntries(declarations.levers.map((l) => [l.id, l.default]));
  const parameters: Record<string, number> = Object.fromEntries(declarations.parameters.map((p) => [p.id, declarations.calibration?.[p.id] ?? p.default]));
  const changedLevers = new Set<string>();
  const changedParameters = new Set<string>();
  let time: TimeSpec = {...defaultTime};
  for (const s of chain) {
    for (const [id, value] of Object.entries(s.levers ?? {})) {
      if (!leverSpecs.has(id)) throw new ScenarioError(`levers.${id}`, `is not a lever; ${didYouMean(id, leverSpecs.keys())}levers are ${[...leverSpecs.keys()].join(", ")}`);
      levers[id] = value;
      changedLevers.add(id);
    }
    for (const [id, value] of Object.entries(s.parameters ?? {})) {
      const spec = parameterSpecs.get(id);
      if (!spec) throw new ScenarioError(`parameters.${id}`, `is not a parameter; ${didYouMean(id, parameterSpecs.keys())}run \`shapan parameters\` for the list`);
      if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
        throw new ScenarioError(`parameters.${id}`, `must be ${describeRange(spec)}, got ${value}`);
      }
      parameters[id] = value;
      changedParameters.add(id);
    }
    time = {...time, ...s.time};
  }
  if (time.to < time.from) throw new ScenarioError("time.to", `must be at least time.from (${time.from}), got ${time.to}`);
  const name = top.name ?? (typeof input === "string" ? input : names.length ? `${names[0]} (modified)` : "custom");
  const resolved: ResolvedScenario = deepFreeze({
    name,
    chain: [...names].reverse(),
    levers,
    parameters,
    changed: {levers: [...changedLevers], parameters: [...changedParameters]},
    time
  });
  resolvedScenarios.add(resolved);
  return resolved;
}

/** What deriveScenario may change in a resolved scenario. */
export interface ScenarioChanges {
  levers?: Readonly<Record<string, LeverValue>>;
  time?: Partial<TimeSpec>;
}

/**
 * A resolved scenario with some levers or its time changed, checked and frozen like any resolved
 * scenario (lever values are range-checked when sampled): what calibration, goal seek and
 * attribution run, without rebuilding a scenario file.
 *
 * @param base a resolved scenario
 * @param changes levers to set (added to `changed.levers`) and time fields to replace
 * @throws ScenarioError naming an unknown lever or a bad time field
 * @example deriveScenario(resolved, {time: {to: 2025}}, declarations).time.to // 2025
 */
export function deriveScenario(base: ResolvedScenario, changes: ScenarioChanges, declarations: Pick<Declarations, "levers">): ResolvedScenario {
  if (!isResolved(base)) throw new ScenarioError("scenario", "must be a resolved scenario (engine.resolve) to derive another from it");
  requireObject(changes, "changes");
  const known = new Set(declarations.levers.map((l) => l.id));
  const levers = {...base.levers};
  const changedLevers = new Set(base.changed.levers);
  for (const [id, value] of Object.entries(changes.levers === undefined ? {} : requireObject(changes.levers, "levers"))) {
    if (!known.has(id)) throw new ScenarioError(`levers.${id}`, `is not a lever; levers are ${[...known].join(", ")}`);
    // Checked when sampled (sampleLever), where formulas meet the grid.
    levers[id] = value as LeverValue;
    changedLevers.add(id);
  }
  const time = {...base.time, ...(changes.time === undefined ? {} : requireObject(changes.time, "time"))};
  for (const key of ["from", "to"] as const) {
    if (!Number.isInteger(time[key]) || time[key] < firstYear || time[key] > lastYear)
      throw new ScenarioError(`time.${key}`, `must be a whole year between ${firstYear} and ${lastYear}, got ${time[key]}`);
  }
  if (time.to < time.from) throw new ScenarioError("time.to", `must be at least time.from (${time.from}), got ${time.to}`);
  if (!["month", "quarter", "year"].includes(time.step)) throw new ScenarioError("time.step", `must be one of "month", "quarter", "year", got ${JSON.stringify(time.step)}`);
  if (!["euler", "rk4"].includes(time.method)) throw new ScenarioError("time.method", `must be one of "euler", "rk4", got ${JSON.stringify(time.method)}`);
  const derived: ResolvedScenario = deepFreeze({...base, levers, changed: {levers: [...changedLevers], parameters: [...base.changed.parameters]}, time});
  resolvedScenarios.add(derived);
  return derived;
}

function preset(id: string, declarations: Declarations, field: string): ScenarioInput {
  // Own keys only: "constructor" or "__proto__" must not find Object's.
  if (!Object.hasOwn(declarations.scenarios, id)) {
    const ids = Object.keys(declarations.scenarios);
    throw new ScenarioError(field, `names no preset "${id}"; ${didYouMean(id, ids)}presets are ${ids.join(", ")}`);
  }
  return parseScenario(declarations.scenarios[id], `scenarios.${id}`);
}
