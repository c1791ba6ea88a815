// The reader's language and the site's words in it. The language is chosen before anything is
// drawn (siteBoot.js sets <html lang>); every visible string comes from the zh/en labels in data/
// or from one message catalogue per language (i18n/zh.js, i18n/en.js).
import {html} from "htl";
import {messages as en} from "./i18n/en.js";
import {messages as zh} from "./i18n/zh.js";

/** @typedef {"zh" | "en"} Lang */
/** @typedef {{zh: string, en: string}} Label */

/** @type {Lang} */
export const lang = typeof document !== "undefined" && document.documentElement.lang.startsWith("zh") ? "zh" : "en";

/** The BCP 47 tag for `lang` attributes and number formats. */
export const locale = lang === "zh" ? "zh-CN" : "en-US";

const catalogue = /** @type {Record<string, unknown>} */ (lang === "zh" ? zh : en);

/**
 * The message `key` in the reader's language: a string, or what a message function returns for
 * `args` (text or a DOM node for prose with markup).
 *
 * @param {string} key
 * @param {...any} args
 * @returns {any}
 * @example t("explorer.reset") // "恢复基准情景" in Chinese
 */
export function t(key, ...args) {
  const message = catalogue[key];
  if (message === undefined) {
    console.error(`i18n: no message "${key}" in the ${lang} catalogue`);
    return key;
  }
  return typeof message === "function" ? message(...args) : message;
}

/**
 * A {zh, en} label from data/ in the reader's language.
 *
 * @param {Partial<Label> | undefined} label
 * @param {string} [fallback] shown when the label is missing (an id)
 */
export function pick(label, fallback = "") {
  return label?.[lang] ?? label?.en ?? fallback;
}

/**
 * Prose from data/ that may exist in English only (descriptions, reasoning, notes): in Chinese
 * pages it is marked as English (`lang="en"`, so it is read and drawn as English) until data/
 * gives a Chinese version ({zh, en}).
 *
 * @param {string | Partial<Label> | undefined} text
 */
export function dataText(text) {
  if (text === undefined || text === null || text === "") return "";
  if (typeof text === "object") return pick(text);
  return lang === "zh" ? html`<span lang="en" class="shapan-en-data">${text}</span>` : text;
}

const numberFormats = new Map();

/**
 * A number for reading: `digits` significant digits (3 by default), grouped in the reader's
 * locale; tiny values in exponent form; "–" for a missing value.
 *
 * @param {number} x
 * @param {{digits?: number, sign?: boolean}} [options] sign: always show + or −
 * @example formatNumber(1234.5) // "1,230"
 */
export function formatNumber(x, {digits = 3, sign = false} = {}) {
  if (!Number.isFinite(x)) return "–";
  const abs = Math.abs(x);
  if (abs !== 0 && abs < 0.01) return (sign && x > 0 ? "+" : "") + x.toExponential(Math.max(0, digits - 1)).replace("-", "−");
  const key = `${digits}|${sign}`;
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(locale, {maximumSignificantDigits: digits, signDisplay: sign ? "exceptZero" : "auto"}));
  return numberFormats.get(key).format(x).replace("-", "−");
}

/**
 * A share as a percentage, e.g. 0.123 → "12.3%" (or "+12.3%" with sign).
 *
 * @param {number} share
 * @param {{digits?: number, sign?: boolean}} [options] digits after the point (1 by default)
 */
export function formatPercent(share, {digits = 1, sign = false} = {}) {
  if (!Number.isFinite(share)) return "–";
  const text = (share * 100).toFixed(digits);
  const zero = Number(text) === 0;
  return `${sign && !zero && share > 0 ? "+" : ""}${zero ? (0).toFixed(digits) : text.replace("-", "−")}%`;
}

/**
 * The reader's language for a query string: `lang` kept beside a page's own parameters.
 *
 * @param {URLSearchParams} params
 */
export function withLang(params) {
  params.set("lang", lang);
  return params;
}
