// What every page starts with: its title and introduction in the reader's language, and the
// placeholder a computation shows while it runs.
import {html} from "htl";
import {t} from "./i18n.js";

/**
 * The page's heading and introduction from the catalogue (`KEY.title`, `KEY.intro`).
 *
 * @param {string} key the page's catalogue key, e.g. "explorer"
 */
export function pageHeader(key) {
  return html`<div class="shapan-page-head"><h1>${t(`${key}.title`)}</h1>${t(`${key}.intro`)}</div>`;
}

/**
 * A heading from the catalogue, with an id so that links can point at it.
 *
 * @param {string} key
 * @param {{level?: number, id?: string}} [options]
 */
export function heading(key, {level = 2, id} = {}) {
  const node = document.createElement(`h${level}`);
  node.textContent = t(key);
  if (id) node.id = id;
  return node;
}

/**
 * A visible placeholder for a computation: what runs, and a progress bar (indeterminate until a
 * share is known). Pages show it for anything over 200 ms and replace it with the result.
 *
 * @param {string} what e.g. t("sensitivity.running", n)
 * @param {number | null} [share] done so far, 0–1
 */
export function placeholder(what, share = null) {
  return html`<div class="shapan-placeholder" role="status" aria-busy="true"><span>${what}</span> ${share === null ? html`<progress></progress>` : html`<progress value=${share}></progress>`}</div>`;
}

/**
 * A wide table in a labelled, keyboard-reachable scroller: on a phone it scrolls inside its box
 * and nothing else on the page scrolls sideways.
 *
 * @param {Node} table
 * @param {string} label what the table holds
 */
export function tableScroller(table, label) {
  return html`<div class="shapan-table-wrap" role="region" tabindex="0" aria-label=${t("common.tableScroll", label)}>${table}</div>`;
}

/**
 * Scrolls to the element the URL's hash names, once it exists: pages draw their content after
 * the browser's own scroll to the anchor (`./sources#source-seed` from another page).
 */
export function scrollToHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({block: "start"}));
}

/**
 * Ties every control of an Observable Input to the input's label (Inputs.range labels its number
 * field only, not its slider), and returns the input.
 *
 * @template {HTMLElement} T
 * @param {T} input from Inputs.range, Inputs.number, ...
 * @returns {T}
 */
export function labelled(input) {
  const text = input.querySelector("label")?.textContent?.trim();
  if (text) {
    for (const control of input.querySelectorAll("input, select, textarea")) {
      if (!(/** @type {HTMLInputElement} */ (control).labels?.length) && !control.getAttribute("aria-label")) control.setAttribute("aria-label", text);
    }
  }
  return input;
}
