import {readFileSync} from "node:fs";
import {ScenarioError} from "../engine/index.js";

/**
 * A user's JSON file (a scenario, a targets file), or one clear error naming the flag or field it
 * came from: the file cannot be read, or is not JSON.
 *
 * @param path the file
 * @param field what the file was given as, e.g. "scenario" or "--targets"
 * @throws ScenarioError for an unreadable file or invalid JSON
 * @example readJsonFile("my.json", "scenario") // the parsed JSON
 */
export function readJsonFile(path: string, field: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ScenarioError(field, `file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(field, `file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
