import {readdirSync, readFileSync} from "node:fs";
import {deepFreeze} from "../engine/core/deepFreeze.js";
import type {ModelData} from "../engine/index.js";
import {loadCompiledModel} from "./compiledModel.js";
import {checkDataFile, checkReferences, checkScenarioFile, type dataFiles} from "./dataSchema.js";

/** The repository's data folder, found relative to this module (src/node or lib/node). */
export const dataDirectory = new URL("../../data/", import.meta.url);

function readJson(path: string): unknown {
  const text = readFileSync(new URL(path, dataDirectory), "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`data/${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and checks one file of data/. */
export const read = <F extends keyof typeof dataFiles>(file: F) => checkDataFile(file, readJson(file));

/**
 * Reads every declaration in `data/`, each checked against its schema (dataSchema.ts) and against
 * the others: dimensions, levers, parameters, sources, seed facts, observations, the likelihood,
 * the committed calibration (whose point, the posterior medians, replaces the declared defaults), the preset
 * scenarios and the declared signs of the levers' effects; and the model the build compiled (createEngine compiles again if it is missing or stale).
 *
 * @throws Error naming the file and the field for a malformed or inconsistent file
 */
export function loadData(): ModelData {
  const scenarios = Object.fromEntries(
    readdirSync(new URL("scenarios/", dataDirectory))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f.slice(0, -5), checkScenarioFile(f, readJson(`scenarios/${f}`))])
  );
  let calibration: ModelData["calibration"];
  try {
    calibration = read("calibration.json");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const data = {
    dimensions: read("dimensions.json"),
    levers: read("levers.json"),
    parameters: read("parameters.json"),
    sources: read("sources.json"),
    facts: read("seed-facts.json"),
    observations: read("observations.json").observations as ModelData["observations"],
    likelihood: read("likelihood.json") as ModelData["likelihood"],
    scenarios,
    calibration,
    signs: read("signs.json")
  };
  checkReferences(data);
  // Frozen as read: the Node package exports these objects, and every run shares them.
  return deepFreeze({...data, compiled: loadCompiledModel()});
}
