// Units as readers of each language write them. English uses the engine's unitLabel (as the CLI
// does: its catalogue has no unit terms); Chinese names each unit's terms from the catalogue and
// writes money in 亿元, as Chinese analysts do (the seed's "市场规模约为50亿元" is the model's
// 5 bn RMB), so values are scaled too.
import {unitLabel} from "./engine.js";
import {t} from "./i18n.js";

/** @typedef {{label: string, factor: number}} DisplayUnit */

/** @type {Map<string, DisplayUnit>} */
const cache = new Map();

/**
 * How to show values declared in `unit`: multiply by `factor`, write `label` after them.
 *
 * @param {string} unit a declared unit, e.g. "bnRMB/year"
 * @returns {DisplayUnit}
 * @example displayUnit("bnRMB/year") // {label: "亿元/年", factor: 10} in Chinese
 */
export function displayUnit(unit) {
  let found = cache.get(unit);
  if (!found) {
    /** @type {Record<string, [string, number, string?]> | null} */
    const terms = t("unit.terms");
    found = terms ? termsUnit(unit, terms, true) : {label: unitLabel(unit), factor: 1};
    cache.set(unit, found);
  }
  return found;
}

/**
 * Rewrites each term of a unit with the catalogue's name and scale (bnRMB is "亿元" × 10 in
 * Chinese); terms after a "/" (and inside a divided bracket) divide the scale.
 *
 * @param {string} unit
 * @param {Record<string, [string, number, string?]>} terms [name, scale, name in the model's scale]
 * @param {boolean} scaled write money in the reader's scale (亿元), else in the model's (十亿元)
 * @returns {DisplayUnit}
 */
function termsUnit(unit, terms, scaled) {
  if (unit === "1") return {label: "", factor: 1};
  let factor = 1;
  const signs = [1];
  let sign = 1;
  const label = unit.replace(/[A-Za-z]+|\/|\(|\)/g, (token) => {
    if (token === "/") {
      sign = -signs[signs.length - 1];
      return token;
    }
    if (token === "(") {
      signs.push(sign);
      return token;
    }
    if (token === ")") {
      signs.pop();
      sign = signs[signs.length - 1];
      return token;
    }
    const [name, scale, unscaled] = terms[token] ?? [token, 1];
    if (!scaled) return unscaled ?? name;
    factor *= sign > 0 ? scale : 1 / scale;
    sign = signs[signs.length - 1];
    return name;
  });
  return {label, factor};
}

/**
 * The y-axis label of an output: its unit, or what a number without unit is.
 *
 * @param {{id: string, unit: string}} output
 */
export function axisUnit(output) {
  return displayUnit(output.unit).label || (output.id.includes("index") ? t("unit.index") : t("unit.share"));
}

/** @type {Map<string, string>} */
const modelCache = new Map();

/**
 * A unit as the model's declarations, sliders and text fields take values (the CLI's scale,
 * never converted), named in the reader's language: bnRMB/year is "十亿元/年" in Chinese.
 *
 * @param {{unit: string}} spec a lever, parameter or any declaration with a unit
 */
export function leverUnit(spec) {
  let found = modelCache.get(spec.unit);
  if (found === undefined) {
    /** @type {Record<string, [string, number, string?]> | null} */
    const terms = t("unit.terms");
    found = terms ? termsUnit(spec.unit, terms, false).label : unitLabel(spec.unit);
    modelCache.set(spec.unit, found);
  }
  return found;
}
