// The white paper's figures as cards: the value in the reader's units, the label in their
// language, and the source's own words, which open by keyboard and touch (not only on hover).
import {html} from "htl";
import {lineChart} from "./charts.js";
import {cardDownloads} from "./downloads.js";
import {formatNumber, pick, t} from "./i18n.js";
import {axisUnit, displayUnit} from "./units.js";

/**
 * @param {import("./engine.js").ModelData} data
 */
export function factCards(data) {
  return html`<div class="shapan-facts">${data.facts.map((fact) => {
    const {label: unit, factor} = displayUnit(fact.unit);
    return html`<div class="card shapan-fact" data-fact=${fact.id}>
      <h2>${pick(fact.label, fact.id)}</h2>
      <div><span class="shapan-big">${formatNumber(fact.value * factor)}</span> <span class="shapan-muted">${unit}</span></div>
      <div class="shapan-muted">${fact.when} · ${t("facts.source")} <a href=${`./sources#source-${fact.source}`}>${fact.source}</a></div>
      <details class="shapan-quote-box"><summary>${t("facts.quote")}</summary><blockquote lang="zh-CN">${fact.quote}</blockquote></details>
    </div>`;
  })}</div>`;
}

/**
 * A card with one output's baseline path (the overview's small multiples).
 *
 * @param {import("./engine.js").OutputSpec} output
 * @param {import("./engine.js").Projection} projection
 * @param {{color: string, resize: (render: (width: number) => Node) => Node}} options resize: the page's
 */
export function baselineCard(output, projection, {color, resize}) {
  const {factor} = displayUnit(output.unit);
  const unit = axisUnit(output);
  const years = projection.annual.years;
  const values = Float64Array.from(projection.annual.series[output.id], (v) => v * factor);
  const title = pick(output.label, output.id);
  /** @type {HTMLElement} */
  const card = html`<section class="card shapan-chart" data-chart=${output.id}>
    <header class="shapan-chart-head"><div><h2>${title}</h2><h3>${unit}</h3></div><div class="shapan-chart-tools">${cardDownloads(() => card, `${title} · ${unit}`, `shapan-baseline-${output.id}`)}</div></header>
    ${resize((width) => lineChart({width, height: 180, unit, lines: [{key: "baseline", label: t("chart.baseline"), color, years, values}], ariaLabel: title}))}
  </section>`;
  return card;
}

/**
 * Cards of the policy targets (data/targets.json, from the loader): each target's chance of being
 * met under the posterior, and the projected value's band.
 *
 * @param {{runs: number, quantiles: number[], targets: Array<{id: string, label: {zh: string, en: string}, source: string, output: string, probability: number, values: number[]}>}} targets
 * @param {import("./engine.js").OutputSpec[]} outputs
 */
export function targetCards(targets, outputs) {
  const at = (p) => targets.quantiles.indexOf(p);
  return html`<div class="shapan-facts">${targets.targets.map((target) => {
    const output = outputs.find((o) => o.id === target.output);
    const {label: unit, factor} = displayUnit(output?.unit ?? "");
    const value = (p) => formatNumber(target.values[at(p)] * factor);
    return html`<div class="card shapan-fact shapan-target" data-target=${target.id}>
      <h2>${pick(target.label, target.id)}</h2>
      <div><span class="shapan-big">${Math.round(target.probability * 100)}%</span> <span class="shapan-muted">${t("targets.probability")}</span></div>
      <div class="shapan-muted">${t("targets.projected", value(0.5), value(0.05), value(0.95), unit)}</div>
      <div class="shapan-muted">${t("targets.source")} <a href=${`./sources#source-${target.source}`}>${target.source}</a></div>
    </div>`;
  })}</div>`;
}
