import {readFileSync} from "node:fs";
import {parseScenario, ScenarioError, type ScenarioInput} from "../engine/index.js";

/**
 * A scenario by preset id or from a JSON file (any argument ending in .json or containing a
 * slash is a path).
 *
 * @throws ScenarioError for an unreadable file, bad JSON or a malformed scenario
 * @example loadScenario("compute-push", presets) // the preset
 */
export function loadScenario(idOrPath: string, presets: Record<string, ScenarioInput>): ScenarioInput | string {
  if (!/\.json$|[\\/]/.test(idOrPath)) {
    if (!presets[idOrPath]) throw new ScenarioError("scenario", `"${idOrPath}" is neither a preset (${Object.keys(presets).join(", ")}) nor a .json file`);
    return idOrPath;
  }
  let text: string;
  try {
    text = readFileSync(idOrPath, "utf8");
  } catch (error) {
    throw new ScenarioError("scenario", `file ${idOrPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError("scenario", `file ${idOrPath} is not valid JSON: ${(error as Error).message}`);
  }
  return parseScenario(json);
}
