import {z} from "zod";
import type {ScenarioInput} from "../declarations.js";
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

/**
 * Checks the shape of a scenario (not yet its ranges: those need the declarations).
 *
 * @throws ScenarioError naming the first field that is wrong
 */
export function parseScenario(input: unknown, where = "scenario"): ScenarioInput {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data as ScenarioInput;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join(".") : where;
  throw new ScenarioError(field, describeIssue(issue));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}; allowed: $schema, version, name, label, description, extends, levers, parameters, time`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "must be a number, a list of [year, value] points, or a formula in t";
    case "too_small":
      return `must be at least ${issue.minimum}`;
    case "too_big":
      return `must be at most ${issue.maximum}`;
    case "invalid_type":
      return issue.expected === "int" ? "must be an integer" : `must be ${issue.expected === "object" ? "a JSON object" : `a ${issue.expected}`}`;
    default:
      return issue.message.replace(/^Invalid input: /, "must be ");
  }
}
