import {parseScenario, ScenarioError, type ScenarioInput} from "../engine/index.js";
import {describeValue} from "../engine/scenario/describeValue.js";
import {didYouMean} from "../engine/scenario/didYouMean.js";
import {readJsonFile} from "./readJsonFile.js";

/**
 * A scenario by preset id or from a JSON file (any argument ending in .json or containing a
 * slash is a path).
 *
 * @throws ScenarioError for an unreadable file, bad JSON or a malformed scenario
 * @example loadScenario("compute-push", presets) // the preset
 */
export function loadScenario(idOrPath: string, presets: Record<string, ScenarioInput>): ScenarioInput | string {
  if (typeof idOrPath !== "string") throw new ScenarioError("scenario", `must be a preset id or the path of a .json file, got ${describeValue(idOrPath)}`);
  if (!/\.json$|[\\/]/.test(idOrPath)) {
    if (!Object.hasOwn(presets, idOrPath)) {
      const ids = Object.keys(presets);
      throw new ScenarioError("scenario", `"${idOrPath}" is neither a preset nor a .json file; ${didYouMean(idOrPath, ids)}presets are ${ids.join(", ")}`);
    }
    return idOrPath;
  }
  return parseScenario(readJsonFile(idOrPath, "scenario"));
}
