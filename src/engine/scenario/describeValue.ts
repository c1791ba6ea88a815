/**
 * A value as an error message shows it: `null`, `a list`, `the number 5`, `the text "x"`.
 *
 * @param value anything a caller passed
 * @example describeValue([1]) // "a list"
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === "object" || typeof value === "function") return `a ${typeof value}`;
  return `the ${typeof value} ${String(value)}`;
}
