// One lever as an input that behaves like Observable Inputs (a form with a `value`, which emits
// `input` events), so a notebook can `view(leverInput(...))` it and the explorer can listen to it:
// a slider for a constant, with a mark at the baseline's value, and a text field that shows and
// accepts any schedule in the CLI's syntax (a number, year:value points or a formula in t).
import {html} from "htl";
import {formatLeverValue, parseLeverValue, readLeverValue, sampleLever} from "./engine.js";
import {dataText, formatNumber, pick, t} from "./i18n.js";
import {isFormula, loadFormulas} from "./siteEngine.js";
import {leverUnit} from "./units.js";

let ids = 0;

/**
 * @param {import("./engine.js").LeverSpec} spec the lever's declaration
 * @param {object} options
 * @param {import("./engine.js").LeverValue} options.value the value to show first
 * @param {import("./engine.js").LeverValue} options.baseline the baseline's value, marked on the slider
 * @param {Float64Array} options.times instants a schedule is checked at (the run's)
 * @param {import("./engine.js").FormulaCompiler} options.formulas engine.formulas
 * @param {{id: string, title: string}} [options.source] the lever's source, for its link
 * @param {string} [options.error] an error to show first (a bad value in the URL)
 * @returns {HTMLFormElement & {value: import("./engine.js").LeverValue, show: (value: import("./engine.js").LeverValue, error?: string) => void}}
 */
export function leverInput(spec, {value, baseline, times, formulas, source, error = ""}) {
  const id = `shapan-lever-${spec.id}-${++ids}`;
  const unit = leverUnit(spec);
  const label = pick(spec.label, spec.id);
  const range = /** @type {HTMLInputElement} */ (html`<input type="range" id=${`${id}-range`} name=${spec.id} min=${spec.min} max=${spec.max} step=${spec.step}>`);
  const text = /** @type {HTMLInputElement} */ (html`<input type="text" id=${`${id}-text`} name=${`${spec.id}-value`} spellcheck="false" autocomplete="off" aria-describedby=${`${id}-error`}>`);
  const shown = html`<output class="shapan-lever-value" for=${`${id}-range ${id}-text`}></output>`;
  const message = html`<div class="shapan-error" id=${`${id}-error`} role="alert"></div>`;
  const mark = html`<span class="shapan-baseline-mark" aria-hidden="true"></span>`;
  const at = (/** @type {number} */ v) => Math.min(1, Math.max(0, (v - spec.min) / (spec.max - spec.min || 1)));
  const baselineAt = endValue(spec, baseline, times, formulas);
  mark.style.setProperty("--at", String(at(baselineAt)));
  mark.title = t("lever.baselineMark", formatNumber(baselineAt, {digits: 4}), unit);
  const about = html`<details class="shapan-lever-about">
    <summary>${t("lever.about", {min: spec.min, max: spec.max, unit, confidence: t(`confidence.${spec.confidence}`)})}</summary>
    <p>${dataText(spec.measure)}</p>
    <p>${dataText(spec.description)}</p>
    <p><strong>${t("lever.why")}</strong> ${dataText(spec.reasoning ?? "—")}</p>
    <p>${t("lever.source")} <a href=${`./sources#source-${spec.source}`} title=${source?.title ?? spec.source}>${spec.source}</a> · ${t("lever.baselineIs")} <code>${formatLeverValue(baseline)}</code></p>
  </details>`;
  const form = /** @type {HTMLFormElement & {value: any, show: (value: import("./engine.js").LeverValue, error?: string) => void}} */ (
    html`<form class="shapan-lever" data-lever=${spec.id} novalidate>
      <div class="shapan-lever-head"><label for=${`${id}-range`}>${label}</label>${shown}</div>
      <div class="shapan-range">${range}${mark}</div>
      <div class="shapan-lever-row"><label class="shapan-field-label" for=${`${id}-text`}>${t("lever.textLabel")}</label>${text}</div>
      ${message}${about}
    </form>`
  );

  let current = value;
  /** Shows a value (and an error, "" for none) without emitting an event. */
  const show = (/** @type {import("./engine.js").LeverValue} */ next, /** @type {string} */ problem = "") => {
    current = next;
    text.value = formatLeverValue(next);
    const end = typeof next === "number" ? next : endValue(spec, next, times, formulas);
    range.value = String(end);
    const valueText = `${formatNumber(end, {digits: 4})}${unit ? ` ${unit}` : ""}`;
    range.setAttribute("aria-valuetext", typeof next === "number" ? valueText : t("lever.scheduleValueText", valueText));
    shown.textContent = typeof next === "number" ? valueText : t("lever.schedule");
    form.classList.toggle("shapan-schedule", typeof next !== "number");
    message.replaceChildren(...(problem ? [problem] : []));
  };
  const emit = () => form.dispatchEvent(new Event("input", {bubbles: true}));

  range.addEventListener("input", (event) => {
    event.stopPropagation(); // the form emits its own input event, with the new value set
    show(Number(range.value));
    emit();
  });
  text.addEventListener("input", (event) => event.stopPropagation());
  const apply = async () => {
    const typed = text.value;
    try {
      if (isFormula(parseLeverValue(typed, `levers.${spec.id}`))) await loadFormulas();
      const next = readLeverValue(spec, typed, times, formulas);
      show(next);
      emit();
    } catch (problem) {
      message.replaceChildren(leverError(spec, typed, /** @type {Error} */ (problem)));
    }
  };
  text.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });

  Object.defineProperty(form, "value", {get: () => current, set: (v) => show(v)});
  form.show = show;
  show(value, error);
  return form;
}

/**
 * Where a schedule's slider sits: its value at the end of the run.
 *
 * @param {import("./engine.js").LeverSpec} spec
 * @param {import("./engine.js").LeverValue} value
 * @param {Float64Array} times
 * @param {import("./engine.js").FormulaCompiler} formulas
 */
function endValue(spec, value, times, formulas) {
  if (typeof value === "number") return value;
  try {
    return sampleLever(spec, value, times.subarray(times.length - 1), formulas)[0];
  } catch {
    return spec.min;
  }
}

/**
 * A bad lever value, said in the reader's language: what is wrong and what is allowed, with the
 * engine's own words (which name the year or the formula's fault) beneath.
 *
 * @param {import("./engine.js").LeverSpec} spec
 * @param {string} typed
 * @param {Error} problem
 */
export function leverError(spec, typed, problem) {
  let kind = "syntax";
  try {
    kind = isFormula(parseLeverValue(typed, spec.id)) ? "formula" : "range";
  } catch {
    // malformed: "syntax"
  }
  const unit = leverUnit(spec);
  return html`<span>${t(`lever.error.${kind}`, {label: pick(spec.label, spec.id), min: spec.min, max: spec.max, unit})}</span>${t("lever.error.detail", problem.message)}`;
}
