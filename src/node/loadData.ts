import {readdirSync, readFileSync} from "node:fs";
import type {ModelData} from "../engine/index.js";
import {loadCompiledModel} from "./compiledModel.js";

/** The repository's data folder, found relative to this module (src/node or lib/node). */
export const dataDirectory = new URL("../../data/", import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, dataDirectory), "utf8")) as T;
}

/**
 * Reads every declaration in `data/`: dimensions, levers, parameters, sources, seed facts,
 * calibration targets, the committed calibration and the preset scenarios; and the model the
 * build compiled (createEngine compiles again if it is missing or stale).
 */
export function loadData(): ModelData {
  const scenarios = Object.fromEntries(
    readdirSync(new URL("scenarios/", dataDirectory))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f.slice(0, -5), readJson(`scenarios/${f}`)])
  );
  let calibration: ModelData["calibration"];
  try {
    calibration = readJson("calibration.json");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return {
    dimensions: readJson("dimensions.json"),
    levers: readJson("levers.json"),
    parameters: readJson("parameters.json"),
    sources: readJson("sources.json"),
    facts: readJson("seed-facts.json"),
    targets: readJson<{targets: ModelData["targets"]}>("targets.json").targets,
    scenarios,
    calibration,
    compiled: loadCompiledModel()
  };
}
