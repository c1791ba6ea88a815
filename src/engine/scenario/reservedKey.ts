import {ScenarioError} from "./scenarioError.js";

/** Names that reach an object's prototype when used as keys: never a lever, parameter or preset id. */
const reserved = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Refuses a key that would reach an object's prototype rather than name a lever, parameter or
 * preset: JSON.parse keeps `"__proto__"` as a plain key, but an assignment or a spread drops it
 * silently, so it is refused by name before it can be ignored or pollute anything.
 *
 * @param field the field the key names, e.g. "levers.__proto__"
 * @param key the key
 * @param kind what the key should be, e.g. "lever"
 * @throws ScenarioError "levers.__proto__ is a reserved name, never a lever id"
 * @example refuseReservedKey("levers.talent", "talent", "lever") // returns
 */
export function refuseReservedKey(field: string, key: string, kind: string): void {
  if (reserved.has(key)) throw new ScenarioError(field, `is a reserved name, never a ${kind} id`);
}
