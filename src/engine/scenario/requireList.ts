import {describeValue} from "./describeValue.js";
import {ScenarioError} from "./scenarioError.js";

/**
 * Checks that an argument is a list (an array), so that a bad call fails naming the argument.
 *
 * @param value what the caller passed
 * @param field the argument's name, for the message
 * @returns the value
 * @throws ScenarioError naming the field and what it got
 * @example requireList("market_bn_rmb", "outputs") // ScenarioError: outputs must be a list, got the text "market_bn_rmb"
 */
export function requireList<T>(value: readonly T[], field: string): readonly T[] {
  if (Array.isArray(value)) return value;
  throw new ScenarioError(field, `must be a list, got ${describeValue(value)}`);
}
