import {describeValue} from "./describeValue.js";
import {ScenarioError} from "./scenarioError.js";

/**
 * Checks that an argument is a plain object (not null, a list, a function or a number), so that a
 * bad call fails naming the argument, not as a TypeError deep inside.
 *
 * @param value what the caller passed
 * @param field the argument's name, for the message
 * @returns the value, typed as a record
 * @throws ScenarioError naming the field and what it got
 * @example requireObject(null, "options") // ScenarioError: options must be an object, got null
 */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)) return value as Record<string, unknown>;
  throw new ScenarioError(field, `must be an object, got ${describeValue(value)}`);
}
