import type {Values} from "./command.js";
import {UsageError} from "./usageError.js";

/**
 * An integer flag checked against its range, or the fallback when absent.
 *
 * @param values parsed flags
 * @param name flag name without dashes, e.g. "runs"
 * @param min smallest allowed value
 * @param max largest allowed value
 * @param fallback value when the flag is absent
 * @returns the integer
 * @throws UsageError "--runs must be an integer between 1 and 1000000, got 0"
 * @example integerFlag({runs: "500"}, "runs", 1, 1_000_000, 1000) // 500
 */
export function integerFlag(values: Values, name: string, min: number, max: number, fallback: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  const value = typeof text === "string" && /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}
