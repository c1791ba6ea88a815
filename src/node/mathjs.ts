import {createRequire} from "node:module";
import type {MathJsModule} from "../engine/index.js";

let loaded: MathJsModule | undefined;

/**
 * mathjs, loaded on first call: its single-file browser bundle loads in about 60 ms where the
 * package's ES modules take about a second, and the functions are the same. Only formulas and
 * compiling the model need it.
 *
 * @example loadMathJs().create(loadMathJs().all).parse("1 + t")
 */
export function loadMathJs(): MathJsModule & {parse: (text: string) => unknown} {
  loaded ??= createRequire(import.meta.url)("mathjs/lib/browser/math.js") as MathJsModule;
  return loaded as MathJsModule & {parse: (text: string) => unknown};
}
