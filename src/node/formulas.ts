import {createFormulaCompiler, type FormulaCompiler} from "../engine/index.js";
import {loadMathJs} from "./mathjs.js";

/**
 * The Node package's formula compiler, loading mathjs on the first formula.
 *
 * @example createEngine(data, {formulas: nodeFormulas})
 */
export function nodeFormulas(): FormulaCompiler {
  return createFormulaCompiler(loadMathJs());
}
