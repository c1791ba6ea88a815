// Charts and tables of the calibration and backtest pages, from data/calibration.json and
// data/backtest.json (the loaders serve them): each parameter's prior against its posterior, the
// posterior correlations, each figure against the model's posterior band, the sampler's health.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {baselineColor, palette} from "./colors.js";
import {formatNumber, formatPercent, pick, t} from "./i18n.js";
import {table} from "./tables.js";

const figureColor = "#E69F00";
const identificationColor = {identified: palette[0], "partly identified": palette[5], "not identified": baselineColor, inert: "#BBBBBB"};

/**
 * A parameter's label: the model's declaration, or the likelihood's for a nuisance parameter.
 *
 * @param {any} data model.json (parameters, likelihood)
 * @param {string} id
 */
function parameterLabel(data, id) {
  const spec = data.parameters.find((/** @type {any} */ p) => p.id === id) ?? data.likelihood.nuisance.find((/** @type {any} */ n) => n.id === id);
  return spec ? pick(spec.label, id) : id;
}

/**
 * Prior against posterior, one row per parameter, on the prior's scale: 0 is the prior median and
 * one unit its sd, so a posterior bar shorter than the grey one is what the data taught, and one
 * shifted off 0 is where they moved it. Rows run from identified to inert, the narrowest first.
 *
 * @param {any[]} parameters report.parameters
 * @param {{width: number}} options
 */
export function priorPosteriorChart(parameters, {width}) {
  const order = Object.keys(identificationColor);
  const rows = [...parameters].sort((a, b) => order.indexOf(a.identification) - order.indexOf(b.identification) || a.contraction - b.contraction);
  const scale = (/** @type {any} */ p, /** @type {number} */ x) => (x - p.prior.median) / p.prior.sd;
  const marks = rows.flatMap((p) => [
    {id: p.id, kind: "prior", x1: scale(p, p.prior.q05), x2: scale(p, p.prior.q95), median: 0, p},
    {id: p.id, kind: "posterior", x1: scale(p, p.posterior.q05), x2: scale(p, p.posterior.q95), median: scale(p, p.posterior.median), p}
  ]);
  const domain = rows.map((p) => p.id);
  return Plot.plot({
    width,
    height: 50 + 22 * rows.length,
    marginLeft: Math.min(230, width * 0.45),
    x: {label: t("calibration.priorScale"), grid: true},
    y: {domain, label: null},
    color: {domain: Object.keys(identificationColor), range: Object.values(identificationColor), legend: true, tickFormat: (/** @type {string} */ d) => t(`calibration.identification.${d}`)},
    marks: [
      Plot.ruleX([0], {stroke: "currentColor", strokeOpacity: 0.3}),
      Plot.ruleY(
        marks.filter((m) => m.kind === "prior"),
        {y: "id", x1: "x1", x2: "x2", stroke: baselineColor, strokeWidth: 9, strokeOpacity: 0.35}
      ),
      Plot.ruleY(
        marks.filter((m) => m.kind === "posterior"),
        {y: "id", x1: "x1", x2: "x2", stroke: (m) => m.p.identification, strokeWidth: 3}
      ),
      Plot.dot(
        marks.filter((m) => m.kind === "posterior"),
        {
          x: "median",
          y: "id",
          fill: (m) => m.p.identification,
          r: 3.5,
          tip: true,
          title: (m) =>
            t(
              "calibration.parameterTip",
              m.id,
              `${formatNumber(m.p.prior.median)} (${formatNumber(m.p.prior.q05)} – ${formatNumber(m.p.prior.q95)})`,
              `${formatNumber(m.p.posterior.median)} (${formatNumber(m.p.posterior.q05)} – ${formatNumber(m.p.posterior.q95)})`,
              m.p.contraction.toFixed(2),
              m.p.shift.toFixed(2)
            )
        }
      )
    ]
  });
}

/**
 * Every fitted parameter: prior and posterior median with 5–95% (the posterior median is the
 * calibrated point), how much the data moved it, and whether they identify it.
 *
 * @param {any[]} parameters report.parameters
 * @param {any} data model.json
 */
export function parameterTable(parameters, data) {
  const band = (/** @type {any} */ s) => html`${formatNumber(s.median)}<br><small>${formatNumber(s.q05)} – ${formatNumber(s.q95)}</small>`;
  return table(
    parameters,
    [
      {label: t("table.parameter"), value: (p) => html`<code>${p.id}</code><br>${parameterLabel(data, p.id)}${p.kind === "nuisance" ? html` <small>${t("calibration.nuisance")}</small>` : ""}`},
      {label: t("calibration.prior"), value: (p) => band(p.prior), className: "shapan-num"},
      {label: t("calibration.posterior"), value: (p) => band(p.posterior), className: "shapan-num"},
      {label: t("calibration.contraction"), value: (p) => p.contraction.toFixed(2), className: "shapan-num"},
      {label: t("calibration.shift"), value: (p) => formatNumber(p.shift, {digits: 2, sign: true}), className: "shapan-num"},
      {label: t("calibration.identificationColumn"), value: (p) => t(`calibration.identification.${p.identification}`)}
    ],
    {id: "parameters", label: t("calibration.parametersTitle")}
  );
}

/**
 * Posterior correlations of the parameters that take part in a correlation of at least 0.5 in
 * size (the full matrix of dozens of parameters would be mostly pale), as a heat map.
 *
 * @param {{parameters: string[], matrix: number[][]}} correlations
 * @param {{width: number}} options
 */
export function correlationChart(correlations, {width}) {
  const {parameters, matrix} = correlations;
  const involved = parameters.filter((_, i) => matrix[i].some((r, j) => i !== j && Math.abs(r) >= 0.5));
  if (involved.length === 0) return html`<p>${t("calibration.noCorrelation")}</p>`;
  const index = new Map(parameters.map((id, i) => [id, i]));
  const cells = involved.flatMap((a) => involved.map((b) => ({a, b, r: matrix[/** @type {number} */ (index.get(a))][/** @type {number} */ (index.get(b))]})));
  const size = Math.max(14, Math.min(28, Math.floor((width - 200) / involved.length)));
  return Plot.plot({
    width: 200 + size * involved.length,
    height: 170 + size * involved.length,
    marginLeft: 200,
    marginBottom: 170,
    x: {domain: involved, tickRotate: -50, label: null},
    y: {domain: involved, label: null},
    color: {type: "linear", domain: [-1, 1], scheme: "rdbu", label: t("calibration.correlationAxis"), legend: true},
    marks: [
      Plot.cell(cells, {x: "a", y: "b", fill: "r", inset: 0.5, tip: true, title: (d) => `${d.a} × ${d.b}: r = ${d.r.toFixed(2)}`}),
      Plot.text(cells, {x: "a", y: "b", text: (d) => (Math.abs(d.r) > 0.7 && d.a !== d.b ? d.r.toFixed(1) : ""), fill: "white", fontSize: 9})
    ]
  });
}

/**
 * The pairs of parameters whose posterior correlation exceeds 0.7 in size: the data pin down a
 * combination of them, not each one.
 *
 * @param {{a: string, b: string, r: number}[]} strong
 * @param {any} data model.json
 */
export function strongCorrelationTable(strong, data) {
  return table(
    strong,
    [
      {label: t("table.parameter"), value: (d) => html`<code>${d.a}</code><br>${parameterLabel(data, d.a)}`},
      {label: t("table.parameter"), value: (d) => html`<code>${d.b}</code><br>${parameterLabel(data, d.b)}`},
      {label: "r", value: (d) => d.r.toFixed(2), className: "shapan-num"}
    ],
    {id: "correlations", label: t("calibration.correlationsTitle")}
  );
}

/**
 * Each figure against the model: on a log scale of model ÷ figure, the figure's 90% interval
 * (orange, around 1; a lower bound runs to the right), the band of what would be observed (pale)
 * and the model's own 90% band (dark) with its median. A band that misses the orange one is a
 * figure the model cannot reproduce.
 *
 * @param {any[]} observations report.observations (or the backtest's scored figures)
 * @param {{width: number}} options
 */
export function observationChart(observations, {width}) {
  const clamp = (/** @type {number} */ x) => Math.min(1e3, Math.max(1e-3, Number.isFinite(x) ? x : 1e3));
  const rows = observations.map((o) => ({
    ...o,
    f1: clamp(o.interval[0] / o.observed),
    f2: clamp(o.interval[1] === null ? Infinity : o.interval[1] / o.observed),
    p1: clamp(o.predictive[0] / o.observed),
    p2: clamp(o.predictive[1] / o.observed),
    m1: clamp(o.model.q05 / o.observed),
    m2: clamp(o.model.q95 / o.observed),
    median: clamp(o.model.median / o.observed)
  }));
  const extent = Math.max(2, ...rows.flatMap((r) => [r.p2, 1 / r.p1, r.f2 === 1e3 ? 2 : r.f2]).filter((x) => x < 1e3));
  return Plot.plot({
    width,
    height: 60 + 24 * rows.length,
    marginLeft: Math.min(220, width * 0.42),
    x: {
      type: "log",
      domain: [Math.max(1e-3, 1 / extent), Math.min(1e3, extent)],
      label: t("calibration.ratioAxis"),
      grid: true,
      tickFormat: (/** @type {number} */ d) => `×${formatNumber(d, {digits: 2})}`
    },
    y: {domain: rows.map((r) => r.term), label: null},
    marks: [
      Plot.ruleY(rows, {y: "term", x1: "f1", x2: "f2", stroke: figureColor, strokeWidth: 12, strokeOpacity: 0.35}),
      Plot.ruleX([1], {stroke: figureColor}),
      Plot.ruleY(rows, {y: "term", x1: "p1", x2: "p2", stroke: palette[0], strokeWidth: 6, strokeOpacity: 0.25}),
      Plot.ruleY(rows, {y: "term", x1: "m1", x2: "m2", stroke: palette[0], strokeWidth: 2}),
      Plot.dot(rows, {
        x: "median",
        y: "term",
        fill: (r) => (r.inside ? palette[0] : palette[1]),
        r: 3.5,
        tip: true,
        title: (r) =>
          t(
            "calibration.observationTip",
            r.term,
            formatNumber(r.observed, {digits: 4}),
            formatNumber(r.model.median, {digits: 4}),
            `${formatNumber(r.model.q05)} – ${formatNumber(r.model.q95)}`,
            r.inside ? t("common.yes") : t("common.no")
          )
      })
    ]
  });
}

/**
 * Each figure with the model's posterior median and bands, in the model's unit.
 *
 * @param {any[]} observations
 * @param {readonly any[]} outputs the engine's outputs (labels)
 * @param {{id: string, label: string}} options
 */
export function observationTable(observations, outputs, {id, label}) {
  const output = (/** @type {string} */ outputId) => outputs.find((o) => o.id === outputId);
  return table(
    observations,
    [
      {label: t("calibration.term"), value: (o) => html`<code>${o.term}</code>`},
      {label: t("calibration.role"), value: (o) => t(`calibration.roles.${o.role}`)},
      {label: t("table.modelOutput"), value: (o) => html`${pick(output(o.output)?.label, o.output)}<br><code>${o.output}</code>`},
      {
        label: t("calibration.figure"),
        value: (o) =>
          html`${o.lower ? "≥ " : ""}${formatNumber(o.observed, {digits: 4})}<br><small>${o.interval[1] === null ? t("calibration.lowerBound") : `${formatNumber(o.interval[0])} – ${formatNumber(o.interval[1])}`}</small>`,
        className: "shapan-num"
      },
      {
        label: t("calibration.modelBand"),
        value: (o) => html`${formatNumber(o.model.median, {digits: 4})}<br><small>${formatNumber(o.model.q05)} – ${formatNumber(o.model.q95)}</small>`,
        className: "shapan-num"
      },
      {label: t("calibration.observable"), value: (o) => `${formatNumber(o.predictive[0])} – ${formatNumber(o.predictive[1])}`, className: "shapan-num"},
      {label: t("calibration.logError"), value: (o) => formatNumber(o.error, {digits: 2, sign: true}), className: "shapan-num"},
      {label: t("calibration.inside"), value: (o) => (o.inside ? html`<span class="shapan-ok">${t("common.yes")}</span>` : html`<span class="shapan-bad">${t("common.no")}</span>`)}
    ],
    {id, label}
  );
}

/**
 * The sampler's health: one card per figure a reader checks first.
 *
 * @param {any} diagnostics
 */
export function diagnosticCards(diagnostics) {
  const values = (/** @type {Record<string, number | null>} */ record) => /** @type {number[]} */ (Object.values(record).filter((v) => v !== null && Number.isFinite(v)));
  const card = (/** @type {string} */ key, /** @type {any} */ value, /** @type {string} */ note) =>
    html`<div class="card"><h2>${t(key)}</h2><span class="shapan-big">${value}</span><div class="shapan-muted">${note}</div></div>`;
  return html`<div class="grid grid-cols-4">
    ${card("calibration.acceptance", formatPercent(diagnostics.acceptance.mean), t("calibration.acceptanceNote", formatPercent(diagnostics.acceptance.min)))}
    ${card("calibration.tau", formatNumber(Math.max(...values(diagnostics.autocorrelation))), t("calibration.tauNote", diagnostics.lengthInTau.toFixed(1)))}
    ${card("calibration.ess", formatNumber(Math.min(...values(diagnostics.ess))), t("calibration.essNote", diagnostics.walkers, diagnostics.steps, diagnostics.burn))}
    ${card("calibration.rhat", Math.max(...values(diagnostics.rhat)).toFixed(3), t("calibration.rhatNote"))}
  </div>`;
}

/**
 * What a reader should know before trusting the posterior, in the reader's language: the checks
 * the sampler's own warnings make (calibrate's CLI prints them in English).
 *
 * @param {any} diagnostics
 * @returns {string[]}
 */
export function diagnosticWarnings(diagnostics) {
  const rhat = Math.max(...Object.values(diagnostics.rhat).map((v) => (v === null ? Infinity : Number(v))));
  return [
    ...(diagnostics.acceptance.mean < 0.1 ? [t("calibration.warningAcceptance", formatPercent(diagnostics.acceptance.mean))] : []),
    ...(!(rhat < 1.05) ? [t("calibration.warningRhat", Number.isFinite(rhat) ? rhat.toFixed(2) : "–")] : []),
    ...(!(diagnostics.lengthInTau >= 50) ? [t("calibration.warningLength", diagnostics.lengthInTau.toFixed(1))] : [])
  ];
}

/**
 * τ, effective sample size and split R-hat of every sampled parameter.
 *
 * @param {any} diagnostics
 */
export function diagnosticTable(diagnostics) {
  const rows = Object.keys(diagnostics.rhat).map((id) => ({id, tau: diagnostics.autocorrelation[id], ess: diagnostics.ess[id], rhat: diagnostics.rhat[id]}));
  return table(
    rows,
    [
      {label: t("table.parameter"), value: (d) => html`<code>${d.id}</code>`},
      {label: t("calibration.tau"), value: (d) => formatNumber(d.tau), className: "shapan-num"},
      {label: t("calibration.ess"), value: (d) => formatNumber(d.ess), className: "shapan-num"},
      {label: t("calibration.rhat"), value: (d) => (d.rhat === null ? "—" : d.rhat.toFixed(3)), className: "shapan-num"}
    ],
    {id: "diagnostics", label: t("calibration.diagnosticsTitle")}
  );
}

/**
 * The step check in words: the largest move when the step halves, against 1%.
 *
 * @param {any} check an IntegrationCheck
 */
export function stepCheckText(check) {
  const step = t(`calibration.steps.${check.stepsPerYear}`);
  return t("calibration.stepCheck", step, check.method, check.halving.term, formatPercent(check.halving.change, {digits: 2}), check.ok);
}
