// The browser's stand-in for the engine's scenario/schema.ts (scripts/bundle-site.mjs swaps it in):
// the same years, and a parseScenario that runs the engine's zod check once loadScenarioCheck()
// has loaded it. Until then it passes scenarios through: every scenario the site builds itself is
// valid by construction (presets from data/, which the Node side checks, extended by lever values
// that readLeverValue has checked), and zod (450 KB) is loaded only for a file a reader uploads.
export {firstYear, lastYear} from "../../engine/scenario/years.js";

/** @type {((input: unknown, where?: string) => import("../../engine/index.js").ScenarioInput) | null} */
let check = null;

/** Loads the engine's scenario schema (zod); from then on parseScenario checks every scenario. */
export async function loadScenarioCheck() {
  check ??= (await import("./scenarioCheck.js")).parseScenario;
}

/**
 * The engine's parseScenario once loaded, else the scenario as given.
 *
 * @param {unknown} input
 * @param {string} [where]
 */
export function parseScenario(input, where) {
  return check ? check(input, where) : /** @type {import("../../engine/index.js").ScenarioInput} */ (input);
}
