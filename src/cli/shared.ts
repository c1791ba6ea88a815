import {data, describeRange, engine, loadScenario, type OutputId, parseLeverValue, ScenarioError, type ScenarioInput} from "../index.js";
import {didYouMean} from "../engine/scenario/didYouMean.js";
import {refuseReservedKey} from "../engine/scenario/reservedKey.js";
import type {Options, Values} from "./command.js";
import {extensionFormat} from "./outputFiles.js";
import {UsageError} from "./usageError.js";

/** Flags every projecting command shares, declared once. */
export const scenarioOptions = {
  scenario: {type: "string", short: "s"},
  set: {type: "string", multiple: true},
  param: {type: "string", multiple: true},
  from: {type: "string"},
  to: {type: "string"},
  step: {type: "string"},
  method: {type: "string"}
} satisfies Options;

export const scenarioHelp: Record<string, string> = {
  scenario: "preset id or scenario JSON file (default baseline)",
  set: "LEVER=VALUE: a number, year:value points (2023:0.5,2025:0.9) or a formula in t; repeatable",
  param: "PARAMETER=VALUE: override a model parameter; repeatable",
  from: "first reported year (default 2023)",
  to: "last simulated year, inclusive (default 2035, at most 2100)",
  step: "month, quarter or year (default month)",
  method: "rk4 (default: fourth order, converged at the month step) or euler (first order, for teaching and checks)"
};

export const outputOptions = {
  format: {type: "string", short: "f"},
  out: {type: "string", short: "o"},
  outputs: {type: "string"}
} satisfies Options;

/**
 * Builds the scenario a command runs from --scenario, --set, --param and the time flags: the file
 * or preset, extended by the flags, so `--set` always wins.
 */
export function scenarioFrom(values: Values, scenarioArgument = values.scenario as string | undefined): ScenarioInput {
  const base = loadScenario(scenarioArgument ?? "baseline");
  const levers: Record<string, unknown> = {};
  for (const assignment of (values.set as string[] | undefined) ?? []) {
    const [id, text] = splitAssignment(assignment, "--set", "LEVER=VALUE", "lever", levers);
    const value = parseLeverValue(text, `levers.${id}`);
    // JSON cannot carry NaN or Infinity, so the schema would only say "must be a number": say the range.
    const spec = data.levers.find((l) => l.id === id);
    if (spec && typeof value === "number" && !Number.isFinite(value)) throw new ScenarioError(`levers.${id}`, `must be ${describeRange(spec)}, got ${value}`);
    levers[id] = value;
  }
  const parameters: Record<string, number> = {};
  for (const assignment of (values.param as string[] | undefined) ?? []) {
    const [id, text] = splitAssignment(assignment, "--param", "PARAMETER=VALUE", "parameter", parameters);
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) throw new ScenarioError(`parameters.${id}`, `must be a finite number, got "${text}"`);
    parameters[id] = value;
  }
  const time: Record<string, unknown> = {};
  for (const key of ["from", "to"] as const) {
    const text = values[key] as string | undefined;
    if (text === undefined) continue;
    const year = Number(text);
    if (!Number.isInteger(year)) throw new ScenarioError(`time.${key}`, `must be a whole year between 2023 and 2100, got "${text}"`);
    time[key] = year;
  }
  if (values.step !== undefined) time.step = values.step;
  if (values.method !== undefined) time.method = values.method;
  const scenario = typeof base === "string" ? {version: 1 as const, extends: base, name: base} : base;
  return {
    ...scenario,
    levers: {...scenario.levers, ...(levers as ScenarioInput["levers"])},
    parameters: {...scenario.parameters, ...parameters},
    time: {...scenario.time, ...(time as ScenarioInput["time"])}
  };
}

/** ID=VALUE from --set or --param: a reserved id, or one set twice, is refused before it is used as a key. */
function splitAssignment(text: string, flag: string, form: string, kind: string, earlier: Record<string, unknown>): [string, string] {
  const i = text.indexOf("=");
  if (i <= 0) throw new UsageError(`${flag} takes ${form}, got "${text}"`);
  const id = text.slice(0, i).trim();
  refuseReservedKey(`${kind === "lever" ? "levers" : "parameters"}.${id}`, id, kind);
  if (Object.hasOwn(earlier, id)) throw new UsageError(`${flag} sets ${id} twice; give each ${kind} once`);
  return [id, text.slice(i + 1)];
}

/**
 * Refuses a list that names something twice: a repeated output, year or scenario would give two
 * columns of the same name.
 *
 * @throws UsageError '--outputs names "market_bn_rmb" twice'
 * @example refuseRepeats("--years", ["2025", "2030"]) // returns
 */
export function refuseRepeats(flag: string, items: readonly unknown[]): void {
  const repeated = items.find((item, i) => items.indexOf(item) !== i);
  if (repeated !== undefined) throw new UsageError(`${flag} names ${JSON.stringify(repeated)} twice`);
}

/**
 * Refuses an output id that names no output, with a suggestion.
 *
 * @throws UsageError '--output names unknown output "providers_totl"; did you mean providers_total? ...'
 * @example checkOutput("--output", "market_bn_rmb") // returns
 */
export function checkOutput(flag: string, id: string): void {
  const known: string[] = engine.outputs.map((o) => o.id);
  if (!known.includes(id)) throw new UsageError(`${flag} names unknown output "${id}"; ${didYouMean(id, known)}run \`shapan outputs\` for the list`);
}

/** Output ids from --outputs (comma-separated), checked against the declarations. */
export function outputsFrom(values: Values, fallback?: readonly string[]): OutputId[] | undefined {
  const text = values.outputs as string | undefined;
  if (text === undefined) return fallback && ([...fallback] as OutputId[]);
  const known = new Set<string>(engine.outputs.map((o) => o.id));
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) if (!known.has(id)) throw new ScenarioError("--outputs", `names unknown output "${id}"; ${didYouMean(id, known)}run \`shapan outputs\` for the list`);
  if (ids.length === 0) throw new ScenarioError("--outputs", "must name at least one output");
  refuseRepeats("--outputs", ids);
  return ids as OutputId[];
}

/**
 * --format, checked against what the command offers and against the extension of `out` (the
 * --out file, by default): `--format json --out a.csv` is refused, and without --format an --out
 * named .csv or .json picks that format.
 */
export function formatFrom<T extends string>(values: Values, allowed: readonly T[], fallback: T, out = values.out as string | undefined): T {
  const named = extensionFormat(out);
  const given = values.format as string | undefined;
  if (given === undefined && named !== undefined && !allowed.includes(named as T)) {
    throw new UsageError(`--out ${out} names a .${named} file, but this command writes ${allowed.join(" or ")}`);
  }
  const format = given ?? (named as T | undefined) ?? fallback;
  if (!allowed.includes(format as T)) {
    const hint = didYouMean(format, allowed).trim();
    throw new UsageError(`--format must be one of ${allowed.join(", ")}, got "${format}"${hint ? `; ${hint}` : ""}`);
  }
  if (named !== undefined && named !== format) throw new UsageError(`--format ${format} contradicts --out ${out}, which names a .${named} file; make them agree or drop one`);
  return format as T;
}

/** The headline outputs `compare` and `mc` default to (declared in the engine). */
export {headlineOutputs as headline} from "../index.js";
