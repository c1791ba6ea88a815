import type {LeverSpec, LeverValue, ParameterSpec, ScenarioInput, TimeSpec} from "../declarations.js";
import {describeRange} from "./describeRange.js";
import {didYouMean} from "./didYouMean.js";
import {parseScenario} from "./schema.js";
import {ScenarioError} from "./scenarioError.js";

/** The time settings a scenario gets unless it says otherwise. */
export const defaultTime: TimeSpec = {from: 2023, to: 2035, step: "month", method: "euler"};

/** A scenario with its `extends` chain applied: every lever and parameter has a value. */
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

/**
 * Applies a scenario's `extends` chain over the declared defaults and checks every name and range.
 * Lever schedules are range-checked when sampled (sampleLever), since formulas need the grid.
 *
 * @param input a scenario object (parsed JSON) or a preset id
 * @throws ScenarioError naming the field: unknown preset, lever or parameter, value out of range,
 *   impossible time range, or an `extends` cycle
 */
export function resolveScenario(input: ScenarioInput | string, declarations: Declarations): ResolvedScenario {
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
  return {
    name,
    chain: [...names].reverse(),
    levers,
    parameters,
    changed: {levers: [...changedLevers], parameters: [...changedParameters]},
    time
  };
}

function preset(id: string, declarations: Declarations, field: string): ScenarioInput {
  // Own keys only: "constructor" or "__proto__" must not find Object's.
  if (!Object.hasOwn(declarations.scenarios, id)) {
    const ids = Object.keys(declarations.scenarios);
    throw new ScenarioError(field, `names no preset "${id}"; ${didYouMean(id, ids)}presets are ${ids.join(", ")}`);
  }
  return parseScenario(declarations.scenarios[id], `scenarios.${id}`);
}
