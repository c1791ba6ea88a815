// Stores the compiled model in lib/ (run by `npm run prepare` after tsc), so that runs load
// code rather than mathjs. Always compiled afresh from the declarations: the engine checks a
// stored model's key and compiles by itself if the file is missing or stale.
import {renameSync, writeFileSync} from "node:fs";
import {compiledModelPath, loadData, modelStructure, nodeCompile} from "../lib/index.js";

const data = loadData();
const compiled = nodeCompile(modelStructure(data.dimensions), {levers: data.levers.map((l) => l.id), parameters: data.parameters.map((p) => p.id), dims: data.dimensions});
const temporary = new URL(`${compiledModelPath.href}.${process.pid}.tmp`);
writeFileSync(temporary, JSON.stringify(compiled));
renameSync(temporary, compiledModelPath);
