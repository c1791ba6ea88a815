// The one place the site creates engines, for pages and workers alike: an option the engine gains
// (a precompiled model, say) is passed here once. mathjs loads only when a formula lever is used.
import {createEngine, createFormulaCompiler} from "./engine.js";

/** @type {import("./engine.js").MathJsModule | null} */
let mathjs = null;

/** Loads mathjs for formula levers (about 650 KB, 60 ms to start); call before running one. */
export async function loadFormulas() {
  mathjs ??= (await import("./mathjs.js")).default;
}

/**
 * Whether a lever value is a formula in t (a schedule or a number is not).
 *
 * @param {unknown} value
 */
export const isFormula = (value) => typeof value === "string";

/**
 * The engine bound to the site's data (data/model.json).
 *
 * @param {import("./engine.js").ModelData} data
 * @example siteEngine(data).simulate("baseline")
 */
export function siteEngine(data) {
  return createEngine(data, {
    formulas: () => {
      if (!mathjs) throw new Error("formula levers are not loaded yet: await loadFormulas() first");
      return createFormulaCompiler(mathjs);
    }
  });
}

/**
 * Resolves a scenario, loading mathjs first when one of its levers is a formula.
 *
 * @param {import("./engine.js").Engine} engine
 * @param {import("./engine.js").ScenarioInput | string} scenario
 */
export async function resolveWithFormulas(engine, scenario) {
  const resolved = engine.resolve(scenario);
  if (Object.values(resolved.levers).some(isFormula)) await loadFormulas();
  return resolved;
}
