/**
 * Freezes an object and everything it holds (typed arrays excepted: they cannot be frozen), so
 * that declarations and resolved scenarios shared between runs cannot be changed by a caller.
 *
 * @param value any JSON-like value
 * @returns the same value, frozen
 * @example deepFreeze({levers: {a: [[2023, 1]]}}).levers.a[0][1] = 2 // TypeError in strict mode
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
}
