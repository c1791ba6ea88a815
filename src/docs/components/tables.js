// Tables of the declarations for the method and sources pages: every row comes from data/ or the
// engine's structure, so a figure is never written twice; every heading from the catalogue.
import {html} from "htl";
import {formatLeverValue} from "./engine.js";
import {dataText, formatNumber, formatPercent, lang, pick, t} from "./i18n.js";
import {tableScroller} from "./page.js";
import {displayUnit, leverUnit} from "./units.js";

/**
 * @typedef {object} Column
 * @property {string} label
 * @property {(row: any) => any} value text or a node
 * @property {string} [className] "shapan-num" right-aligns; "shapan-wide" gives room to prose
 */

/**
 * A plain HTML table (not Inputs.table: these are read and searched with the browser's find, so
 * every row must be in the DOM), in a labelled scroller that the keyboard can reach. Cells are
 * made one by one, so a row always has one cell per column.
 *
 * @param {any[]} rows
 * @param {Column[]} columns
 * @param {{id?: string, label: string}} options label: what the table holds (for the scroller)
 */
export function table(rows, columns, {id, label}) {
  const element = document.createElement("table");
  element.className = "shapan-table";
  if (id) element.id = id;
  const head = element.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    if (c.className) th.className = c.className;
    th.append(c.label);
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const c of columns) {
      const td = tr.insertCell();
      if (c.className) td.className = c.className;
      const value = c.value(row);
      td.append(...(Array.isArray(value) ? value : [value ?? ""]));
    }
  }
  return tableScroller(element, label);
}

const label = (/** @type {{label: {zh: string, en: string}}} */ d) => html`${pick(d.label)}${lang === "zh" ? "" : html`<br><span class="shapan-zh" lang="zh-CN">${d.label.zh}</span>`}`;
const code = (/** @type {string} */ s) => html`<code>${s}</code>`;
const unitOf = (/** @type {{unit: string}} */ d) => leverUnit(d) || "—";
const range = (/** @type {{min: number, max: number}} */ d) => `${d.min} – ${d.max}`;
export const sourceLink = (/** @type {{source: string}} */ d) => html`<a href=${`./sources#source-${d.source}`}>${d.source}</a>`;
export const confidence = (/** @type {{confidence: string}} */ d) => html`<span class=${`shapan-confidence shapan-${d.confidence}`}>${t(`confidence.${d.confidence}`)}</span>`;

/** @param {import("./engine.js").LeverSpec[]} levers */
export function leverTable(levers) {
  return table(
    levers,
    [
      {label: t("table.lever"), value: (d) => code(d.id)},
      {label: t("table.name"), value: label},
      {label: t("table.group"), value: (d) => t(`leverGroup.${d.group}`)},
      {label: t("table.unit"), value: unitOf},
      {label: t("table.range"), value: range, className: "shapan-num"},
      {label: t("table.baseline"), value: (d) => code(formatLeverValue(d.default))},
      {label: t("table.description"), value: (d) => html`${dataText(d.measure)}${d.measure ? html`<br>` : ""}${dataText(d.description)}`, className: "shapan-wide"},
      {label: t("table.source"), value: sourceLink},
      {label: t("table.confidence"), value: confidence}
    ],
    {label: t("method.leversTable")}
  );
}

/**
 * Parameters with their value in use (the calibrated one when data/calibration.json sets it).
 *
 * @param {import("./engine.js").ParameterSpec[]} parameters
 * @param {Record<string, number>} calibration calibrated values by id
 * @param {(subsystem: string) => string} subsystemName
 */
export function parameterTable(parameters, calibration, subsystemName) {
  return table(
    parameters,
    [
      {label: t("table.parameter"), value: (d) => code(d.id)},
      {label: t("table.name"), value: label},
      {label: t("table.subsystem"), value: (d) => subsystemName(d.subsystem)},
      {label: t("table.unit"), value: unitOf},
      {label: t("table.range"), value: range, className: "shapan-num"},
      {
        label: t("table.value"),
        value: (d) => (calibration[d.id] !== undefined ? html`${formatNumber(calibration[d.id])} <small>${t("table.calibrated", d.default)}</small>` : String(d.default)),
        className: "shapan-num"
      },
      {label: t("table.prior"), value: (d) => (d.prior ? describePrior(d.prior) : "—")},
      {label: t("table.source"), value: sourceLink},
      {label: t("table.confidence"), value: confidence}
    ],
    {label: t("method.parametersTable")}
  );
}

/** @param {import("./engine.js").ParameterSpec[]} parameters */
export function parameterReasonTable(parameters) {
  return table(
    parameters,
    [
      {label: t("table.parameter"), value: (d) => html`${code(d.id)}<br>${pick(d.label)}`},
      {label: t("table.value"), value: (d) => `${d.default} ${leverUnit(d)}`, className: "shapan-num"},
      {label: t("table.source"), value: sourceLink},
      {label: t("table.confidence"), value: confidence},
      {label: t("table.reasoning"), value: (d) => dataText(d.reasoning ?? d.description), className: "shapan-wide"},
      {label: t("table.priorWhy"), value: (d) => (d.prior ? html`${describePrior(d.prior)}: ${dataText(d.prior.reasoning)}` : "—"), className: "shapan-wide"}
    ],
    {label: t("sources.parametersTable")}
  );
}

/** @param {import("./engine.js").LeverSpec[]} levers */
export function leverReasonTable(levers) {
  return table(
    levers,
    [
      {label: t("table.lever"), value: (d) => html`${code(d.id)}<br>${pick(d.label)}`},
      {label: t("table.baseline"), value: (d) => code(formatLeverValue(d.default))},
      {label: t("table.source"), value: sourceLink},
      {label: t("table.confidence"), value: confidence},
      {label: t("table.reasoning"), value: (d) => dataText(d.reasoning ?? "—"), className: "shapan-wide"}
    ],
    {label: t("sources.leversTable")}
  );
}

/**
 * @param {import("./engine.js").OutputSpec[]} outputs
 * @param {(subsystem: string) => string} subsystemName
 */
export function outputTable(outputs, subsystemName) {
  return table(
    outputs,
    [
      {label: t("table.output"), value: (d) => code(d.id)},
      {label: t("table.name"), value: label},
      {label: t("table.subsystem"), value: (d) => subsystemName(d.subsystem)},
      {label: t("table.kind"), value: (d) => t(`kind.${d.kind}`)},
      {label: t("table.unit"), value: (d) => displayUnit(d.unit).label || "—"},
      {label: t("table.perYear"), value: (d) => t(`annual.${d.annual}`)},
      {label: t("table.description"), value: (d) => dataText(d.description), className: "shapan-wide"}
    ],
    {label: t("method.outputsTable")}
  );
}

/** @param {import("./engine.js").StockSpec[]} stocks */
export function stockTable(stocks) {
  return table(
    stocks,
    [
      {label: t("table.stock"), value: (d) => code(d.id)},
      {label: t("table.name"), value: label},
      {label: t("table.unit"), value: unitOf},
      {label: t("table.initial"), value: (d) => html`${typeof d.initial === "number" ? d.initial : code(d.initial)}${d.scale !== undefined && d.scale !== 1 ? ` × ${d.scale}` : ""}`}
    ],
    {label: t("method.stocksTable")}
  );
}

/**
 * A publication's or publisher's name as the source writes it (mostly Chinese, with an English
 * gloss), marked with the language of its first words.
 *
 * @param {string} text
 */
const name = (text) => html`<span class="shapan-name" lang=${/^[^A-Za-z]*[\u4e00-\u9fff]/.test(text) ? "zh-CN" : "en"}>${text}</span>`;

/** @param {any[]} sources */
export function sourceTable(sources) {
  return table(
    sources,
    [
      {label: t("table.id"), value: (d) => html`<span id=${`source-${d.id}`}>${code(d.id)}</span>`},
      {
        label: t("table.title"),
        value: (d) => (d.url ? html`<a href=${d.url} rel="noreferrer">${name(d.title)}</a>` : name(d.title)),
        className: "shapan-wide"
      },
      {label: t("table.publisher"), value: (d) => (d.publisher ? name(d.publisher) : "—")},
      {label: t("table.date"), value: (d) => d.date ?? "—"}
    ],
    {label: t("sources.publicationsTable")}
  );
}

/** @param {any[]} facts */
export function factTable(facts) {
  return table(
    facts,
    [
      {label: t("table.figure"), value: (d) => html`${label(d)}<br><code>${d.id}</code>`},
      {label: t("table.value"), value: (d) => figureValue(d), className: "shapan-num"},
      {label: t("table.when"), value: (d) => d.when},
      {label: t("table.source"), value: sourceLink},
      {label: t("table.quote"), value: (d) => html`<span class="shapan-quote" lang="zh-CN">${d.quote}</span>`, className: "shapan-wide"},
      {label: t("table.note"), value: (d) => dataText(d.note) || "—"}
    ],
    {label: t("sources.factsTable")}
  );
}

/**
 * A seed figure in the reader's units.
 *
 * @param {{value: number, unit: string}} fact
 */
export function figureValue(fact) {
  const {label: unit, factor} = displayUnit(fact.unit);
  return `${formatNumber(fact.value * factor)} ${unit}`;
}

/**
 * The seed figures against the baseline: rows from compareFacts (the facts loader), each read as
 * its likelihood term reads it.
 *
 * @param {any[]} rows
 */
export function calibrationTable(rows) {
  const describeRead = (/** @type {any} */ read) =>
    read.year !== undefined
      ? t("table.targetYear", read.year)
      : read.mean
        ? t("table.targetMean", read.mean[0], read.mean[1])
        : read.at !== undefined
          ? t("table.targetAt", read.at)
          : read.sum
            ? t("table.targetSum", read.sum[0], read.sum[1])
            : read.growth
              ? t("table.targetGrowth", read.growth[0], read.growth[1])
              : t("table.targetRatio");
  const interval = (/** @type {any} */ d) =>
    d.interval[1] === null
      ? `≥ ${figureValue({value: d.interval[0], unit: d.fact.unit})}`
      : `${figureValue({value: d.interval[0], unit: d.fact.unit})} – ${figureValue({value: d.interval[1], unit: d.fact.unit})}`;
  return table(
    rows,
    [
      {label: t("table.figure"), value: (d) => html`${pick(d.fact.label)}<br><code>${d.fact.id}</code>`},
      {label: t("table.seedValue"), value: (d) => figureValue(d.fact), className: "shapan-num"},
      {
        label: t("table.modelOutput"),
        value: (d) => (!d.term ? t("table.notModelled") : d.missing ? html`<code>${d.missing}</code> ${t("table.notInModel")}` : html`<code>${d.term.output}</code>, ${describeRead(d.term.read)}`)
      },
      {label: t("table.modelValue"), value: (d) => (d.model === undefined ? "—" : figureValue({value: d.model, unit: d.fact.unit})), className: "shapan-num"},
      {label: t("table.residual"), value: (d) => (d.residual === undefined ? "—" : formatPercent(d.residual, {digits: Math.abs(d.residual) < 0.01 ? 2 : 1, sign: true})), className: "shapan-num"},
      {label: t("table.interval"), value: (d) => (d.interval ? interval(d) : "—"), className: "shapan-num"},
      {
        label: t("table.within"),
        value: (d) => (d.within === undefined ? "—" : d.within ? html`<span class="shapan-ok">${t("common.yes")}</span>` : html`<span class="shapan-bad">${t("common.no")}</span>`)
      },
      {label: t("table.note"), value: (d) => dataText(d.term?.note ?? d.fact.note)}
    ],
    {label: t("sources.calibrationTable")}
  );
}

/**
 * @param {any[]} sectors
 * @param {any[]} layers
 */
export function sectorTable(sectors, layers) {
  return table(
    sectors,
    [
      {label: t("table.sector"), value: label},
      {label: t("table.potentialShare"), value: (d) => d.potentialShare, className: "shapan-num"},
      {label: t("table.innovationWeight"), value: (d) => d.innovationWeight, className: "shapan-num"},
      {label: t("table.hallucinationTolerance"), value: (d) => d.hallucinationTolerance ?? t("table.lowStakes"), className: "shapan-num"},
      {label: t("table.demonstration"), value: (d) => t(d.demonstration ? "common.yes" : "common.no")},
      ...layers.map((l) => ({label: t("table.layerShare", pick(l.label)), value: (/** @type {any} */ d) => d.layerShares[l.id], className: "shapan-num"}))
    ],
    {label: t("sources.sectorsTable")}
  );
}

/**
 * @param {any[]} regions
 * @param {any[]} kinds
 */
export function regionTable(regions, kinds) {
  return table(
    regions,
    [
      {label: t("table.region"), value: label},
      ...kinds.map((k) => ({label: t("table.providerShare", pick(k.label)), value: (/** @type {any} */ d) => d.providerShare[k.id], className: "shapan-num"}))
    ],
    {label: t("sources.regionsTable")}
  );
}

/**
 * Presets with the lever values each sets, in the CLI's syntax, and a link that opens it.
 *
 * @param {Record<string, any>} scenarios
 */
export function presetTable(scenarios) {
  return table(
    Object.entries(scenarios),
    [
      {label: t("table.preset"), value: ([id, s]) => html`${pick(s.label, id)}<br><a href=${`./explorer?scenario=${id}`}><code>${id}</code></a>`},
      {label: t("table.extends"), value: ([, s]) => s.extends ?? "—"},
      {label: t("table.leversSet"), value: ([, s]) => Object.entries(s.levers ?? {}).map(([k, v]) => html`<div><code>${k}=${formatLeverValue(/** @type {any} */ (v))}</code></div>`)},
      {label: t("table.description"), value: ([, s]) => dataText(s.description), className: "shapan-wide"}
    ],
    {label: t("sources.presetsTable")}
  );
}

/**
 * A prior in words.
 *
 * @param {any} prior
 */
export function describePrior(prior) {
  return t(`prior.${prior.distribution}`, prior) ?? prior.distribution;
}
