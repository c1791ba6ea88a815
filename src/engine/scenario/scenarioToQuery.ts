import type {LeverValue} from "../declarations.js";
import {formatLeverValue} from "./parseLeverValue.js";
import {presetParameter} from "./scenarioFromQuery.js";

/**
 * Writes a scenario as a query string scenarioFromQuery reads back: the preset (omitted for
 * baseline) and the levers set away from it, in the CLI's syntax. `:` and `,` stay unescaped so
 * a copied link reads like the command line (`?export_controls=2023:0.5,2025:0.9`).
 *
 * @returns "" for the plain baseline, else "?..."
 * @example scenarioToQuery("baseline", {public_compute: 3000}) // "?public_compute=3000"
 */
export function scenarioToQuery(preset: string, levers: Record<string, LeverValue>): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  const parts = preset === "baseline" ? [] : [`${presetParameter}=${encode(preset)}`];
  for (const [id, value] of Object.entries(levers)) parts.push(`${encode(id)}=${encode(formatLeverValue(value))}`);
  return parts.length ? `?${parts.join("&")}` : "";
}
