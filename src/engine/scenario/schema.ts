import {z} from "zod";
import type {ScenarioInput} from "../declarations.js";
import {didYouMean} from "./didYouMean.js";
import {refuseReservedKey} from "./reservedKey.js";
import {ScenarioError} from "./scenarioError.js";
import {firstYear, lastYear} from "./years.js";

// In a module of their own so that code needing only the years does not load zod (the site).
export {firstYear, lastYear} from "./years.js";

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const year = z.number().int().min(firstYear).max(lastYear);

const leverValue = z.union([
  finite.describe("a constant"),
  z
    .array(z.tuple([finite, finite]))
    .min(1)
    .describe("[year, value] points, linear between, flat outside"),
  z.string().min(1).describe("a formula in t (decimal years), evaluated with mathjs")
]);

/**
 * A scenario as written in a file, a URL or by the CLI: version 1. The same schema is published
 * as JSON Schema (data/scenario.schema.json) for editors and other tools.
 */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    name: z.string().optional(),
    label: z.strictObject({zh: z.string(), en: z.string()}).optional(),
    description: z.string().optional(),
    extends: z.string().optional().describe("id of a preset (data/scenarios/ID.json) whose values this scenario overrides"),
    levers: z.record(z.string(), leverValue).optional(),
    parameters: z.record(z.string(), finite).optional(),
    time: z
      .strictObject({
        from: year.optional().describe("first reported calendar year"),
        to: year.optional().describe("last simulated calendar year, inclusive"),
        step: z.enum(["month", "quarter", "year"]).optional(),
        method: z.enum(["euler", "rk4"]).optional()
      })
      .optional()
  })
  .describe("A Shapan scenario");

/** The fields a scenario may have, as error messages list them. */
const scenarioFields = Object.keys(scenarioSchema.shape);

/**
 * Checks the shape of a scenario (not yet its ranges: those need the declarations).
 *
 * @throws ScenarioError naming the first field that is wrong: missing, of the wrong type, unknown,
 *   or a reserved name (`__proto__`, `constructor`, `prototype`) as a lever or parameter id
 */
export function parseScenario(input: unknown, where = "scenario"): ScenarioInput {
  for (const [section, kind] of [
    ["levers", "lever"],
    ["parameters", "parameter"]
  ] as const) {
    const record = valueAt(input, [section]);
    if (typeof record === "object" && record !== null) for (const key of Object.keys(record)) refuseReservedKey(`${section}.${key}`, key, kind);
  }
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data as ScenarioInput;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join(".") : where;
  const parent = valueAt(input, issue.path.slice(0, -1));
  const key = issue.path[issue.path.length - 1];
  if (key !== undefined && typeof parent === "object" && parent !== null && !Object.hasOwn(parent, key)) {
    throw new ScenarioError(field, field === "version" ? 'is missing: a scenario starts with "version": 1' : "is missing");
  }
  throw new ScenarioError(field, describeIssue(issue, valueAt(input, issue.path)));
}

/** The value at a path of own properties, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const got = value === undefined ? "" : `, got ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}`;
  switch (issue.code) {
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}; ${issue.keys.length === 1 ? didYouMean(issue.keys[0], scenarioFields) : ""}allowed: ${scenarioFields.join(", ")}`;
    case "invalid_value":
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}${got}`;
    case "invalid_union":
      return `must be a number, a list of [year, value] points, or a formula in t${got}`;
    case "too_small":
      return `must be at least ${issue.minimum}${got}`;
    case "too_big":
      return `must be at most ${issue.maximum}${got}`;
    case "invalid_type":
      return `${issue.expected === "int" ? "must be an integer" : `must be ${issue.expected === "object" ? "a JSON object" : `a ${issue.expected}`}`}${got}`;
    default:
      return issue.message.replace(/^Invalid input: /, "must be ") + got;
  }
}
