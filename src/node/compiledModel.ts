import {readFileSync} from "node:fs";
import {type CompiledModel, type CompileInputs, compileModel, type ModelStructure} from "../engine/index.js";
import {loadMathJs} from "./mathjs.js";

/** Where the build (`npm run prepare`, scripts/compile-model.mjs) stores the compiled model, found from src/node or lib/node. */
export const compiledModelPath = new URL("../../lib/model.compiled.json", import.meta.url);

/**
 * The model compiled by the build, or undefined if there is none: createEngine checks that it
 * was compiled from the same declarations and compiles again (nodeCompile) if not.
 *
 * @example loadCompiledModel()?.code.length
 */
export function loadCompiledModel(): CompiledModel | undefined {
  try {
    return JSON.parse(readFileSync(compiledModelPath, "utf8")) as CompiledModel;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Compiles the model with mathjs's parser (createEngine's `compile` option in Node).
 *
 * @example createEngine(data, {compile: nodeCompile})
 */
export function nodeCompile(structure: ModelStructure, inputs: Omit<CompileInputs, "parse">): CompiledModel {
  return compileModel(structure, {...inputs, parse: loadMathJs().parse});
}
