import type {LeverValue} from "../declarations.js";
import {ScenarioError} from "./scenarioError.js";

// NaN and Infinity count as numbers, so the range check names them rather than the formula.
const numberPattern = /^[-+]?((\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|NaN|Infinity)$/;
const pointPattern = /^\s*(\d{4}(?:\.\d+)?)\s*:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/**
 * Reads a lever value as typed on the command line or in a URL: `0.3`, points
 * `2023:0.5,2025:0.9`, or anything else as a formula in `t`. The inverse is formatLeverValue.
 *
 * @param text the value as typed
 * @param field where it came from, for the error message
 * @throws ScenarioError for an empty value, malformed points, or points whose years do not increase
 * @example parseLeverValue("2023:0.5,2025:0.9", "levers.x") // [[2023, 0.5], [2025, 0.9]]
 */
export function parseLeverValue(text: string, field: string): LeverValue {
  if (typeof text !== "string") throw new ScenarioError(field, `must be text (a number, year:value points or a formula in t), got ${text === null ? "null" : typeof text}`);
  const trimmed = text.trim();
  if (trimmed === "") throw new ScenarioError(field, "must not be empty: give a number, year:value points or a formula in t");
  if (numberPattern.test(trimmed)) return Number(trimmed);
  const parts = trimmed.split(",");
  if (/^\s*\d{4}(\.\d+)?\s*:/.test(parts[0])) {
    const points = parts.map((part) => {
      const match = pointPattern.exec(part);
      if (!match) throw new ScenarioError(field, `has a malformed point "${part.trim()}": write year:value pairs separated by commas, e.g. 2023:0.5,2025:0.9`);
      return [Number(match[1]), Number(match[2])] as [number, number];
    });
    // Reported here, under the lever's own field, so a URL or a text box can show it beside the lever.
    points.forEach(([year], i) => {
      const previous = points[i - 1]?.[0];
      if (previous === undefined || year > previous) return;
      throw new ScenarioError(
        field,
        year === previous ? `gives the year ${year} twice: give each year once, in increasing order` : `has its points out of order (${previous} before ${year}): give the years in increasing order`
      );
    });
    return points;
  }
  return trimmed;
}

/**
 * Writes a lever value in the compact form parseLeverValue reads (for URLs and `--set`).
 *
 * @example formatLeverValue([[2023, 0.5], [2025, 0.9]]) // "2023:0.5,2025:0.9"
 */
export function formatLeverValue(value: LeverValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return value.map(([year, v]) => `${year}:${v}`).join(",");
}
