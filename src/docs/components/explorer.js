// The scenario explorer as one imperative widget rather than reactive cells: a slider move must
// redraw every chart within ~60 ms, so the widget runs the scenario once per animation frame,
// redraws only the charts whose numbers changed and keeps its state in the query string. The
// uncertainty bands come later, from a Web Worker (`band` below): a slider move never waits for
// them. Its parts have a module each: leverInput.js (a lever), explorerState.js (the URL),
// outputChart.js (a chart), downloads.js (files); the styles are in style.css.
import {html} from "htl";
import {createGrid, defaultTime, firstYear, formatLeverValue, halfStepTimes, headlineOutputs, parseGoal, parseLeverValue, projectionToCsv, projectionToJson, scenarioFromQuery} from "./engine.js";
import {bandLegend} from "./charts.js";
import {outputColor} from "./colors.js";
import {annualCsv, fileName, save} from "./downloads.js";
import {readExplorerQuery, writeExplorerQuery} from "./explorerState.js";
import {formatNumber, formatPercent, lang, pick, t} from "./i18n.js";
import {leverInput} from "./leverInput.js";
import {outputChart} from "./outputChart.js";
import {isFormula, loadFormulas, resolveWithFormulas} from "./siteEngine.js";
import {subsystemLabel} from "./subsystems.js";
import {axisUnit, displayUnit} from "./units.js";

// Output ids from the URL are text until checked against these.
const headline = /** @type {readonly string[]} */ (headlineOutputs);

/** The lever groups of levers.json, in the order the panel shows them. */
const groups = ["compute", "data-applications", "regulation-talent", "regions"];

/**
 * The explorer: preset choice and reset, one input per lever (grouped), headline cards for a
 * chosen year, a chart per headline output (and any the reader adds), each as levels or as the
 * difference from the baseline, the link and the downloads, and, given `band`, uncertainty bands.
 *
 * @param {import("./engine.js").Engine} engine from siteEngine(data)
 * @param {object} options
 * @param {string} [options.search] the query string to start from (default location.search)
 * @param {Promise<unknown>} options.invalidation the cell's invalidation: observers and listeners end with it
 * @param {(scenario: import("./engine.js").ScenarioInput, outputs: string[]) => Promise<import("./outputChart.js").BandResult | null>} [options.band]
 *   annual Monte Carlo bands of the scenario, of its difference from the baseline and of the
 *   sign's agreement (liveBand over the page's mc.worker.js), or null when a newer call
 *   superseded it. Called once per new scenario; without it the explorer draws no bands.
 * @returns {Promise<HTMLElement>} the explorer; it emits "redraw" ({ms}) after drawing a
 *   scenario and "band" ({ms, runs, query, result}) after drawing its bands
 */
export async function explorer(engine, {search = location.search, invalidation, band}) {
  const {data} = engine;
  const times = halfStepTimes(createGrid(firstYear, defaultTime.to, 12));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const baseline = engine.simulate("baseline");
  const years = Array.from(baseline.annual.years);
  const defaultYear = years.includes(2030) ? 2030 : years[years.length - 1];
  const query = readExplorerQuery(search, {defaultYear, years});
  // A formula in the link needs mathjs before the link can be read.
  for (const [name, text] of query.scenario) {
    if (data.levers.some((l) => l.id === name) && formulaText(text)) await loadFormulas();
  }
  const initial = scenarioFromQuery(query.scenario, data, times, engine.formulas);
  const view = query.view;
  const outputs = new Map(engine.outputs.map((o) => [/** @type {string} */ (o.id), o]));
  view.more = view.more.filter((id) => outputs.has(id) && !headline.includes(id));
  const goals = readGoals(view.goals, engine, years);
  for (const goal of goals) if (!headline.includes(goal.output) && !view.more.includes(goal.output)) view.more.push(goal.output);

  // State: the preset started from and the levers set away from it (exactly what the URL holds).
  let preset = initial.preset;
  /** @type {Record<string, import("./engine.js").LeverValue>} */
  let levers = {...initial.levers};
  let presetValues = (await resolveWithFormulas(engine, preset)).levers;
  const scenarioQuery = () => writeExplorerQuery(preset, levers, {view: "level", year: defaultYear, bands: true, more: [], log: [], goals: []}, defaultYear);
  /** @type {import("./engine.js").Projection} */
  let projection = baseline;

  // Query parameters that name no lever are reported once, above everything; a run error (none
  // is expected once every value is checked) replaces the notice until the next good run.
  const ignored = initial.errors.filter((e) => !e.field.startsWith("levers.") && e.field !== "scenario").map((e) => t("explorer.ignored", e.field, e.message));
  const notice = html`<div class="shapan-notice" role="alert"></div>`;
  const showNotice = (/** @type {any[]} */ messages) => {
    notice.replaceChildren(...messages.map((m) => html`<div>${m}</div>`));
    notice.hidden = messages.length === 0;
  };
  showNotice(ignored);

  // Preset selector and reset.
  const presetSelect = /** @type {HTMLSelectElement} */ (
    html`<select id="shapan-preset" data-preset>${Object.entries(data.scenarios).map(([id, s]) => html`<option value=${id} selected=${id === preset}>${pick(s.label, id)}</option>`)}</select>`
  );
  const presetError = html`<div class="shapan-error" role="alert">${initial.errors.filter((e) => e.field === "scenario").map((e) => t("explorer.noPreset", e.message))}</div>`;
  const resetButton = html`<button type="button" data-action="reset">${t("explorer.reset")}</button>`;
  presetSelect.addEventListener("change", () => {
    preset = presetSelect.value;
    presetError.textContent = "";
    startFrom(preset);
  });
  resetButton.addEventListener("click", () => {
    presetSelect.value = preset = "baseline";
    presetError.textContent = "";
    startFrom(preset);
  });

  async function startFrom(/** @type {string} */ id) {
    presetValues = (await resolveWithFormulas(engine, id)).levers;
    levers = {};
    for (const input of inputs.values()) input.show(presetValues[input.dataset.lever ?? ""], "");
    changed();
  }

  // One input per lever, grouped; each tells the panel its new value.
  const baselineValues = engine.resolve("baseline").levers;
  const urlErrors = new Map(initial.errors.filter((e) => e.field.startsWith("levers.")).map((e) => [e.field.slice(7), e]));
  /** @type {Map<string, ReturnType<typeof leverInput>>} */
  const inputs = new Map();
  for (const spec of data.levers) {
    const problem = urlErrors.get(spec.id);
    const input = leverInput(spec, {
      value: levers[spec.id] ?? presetValues[spec.id],
      baseline: baselineValues[spec.id],
      times,
      formulas: engine.formulas,
      source: sources.get(spec.source),
      error: problem ? t("explorer.badUrlValue", pick(spec.label, spec.id), problem.message) : ""
    });
    input.addEventListener("input", () => {
      levers[spec.id] = input.value;
      changed();
    });
    inputs.set(spec.id, input);
  }
  const changedCount = html`<span class="shapan-changed-count"></span>`;
  const panel = /** @type {HTMLDetailsElement} */ (
    html`<details class="shapan-panel" open>
      <summary><span>${t("explorer.levers")}</span> ${changedCount}</summary>
      <div class="shapan-preset"><label for="shapan-preset">${t("explorer.startFrom")}</label>${presetSelect}${resetButton}${presetError}</div>
      ${groups.map((g) => {
        const members = data.levers.filter((l) => l.group === g);
        return members.length ? html`<fieldset class="shapan-group" data-group=${g}><legend>${t(`leverGroup.${g}`)}</legend>${members.map((l) => inputs.get(l.id))}</fieldset>` : null;
      })}
    </details>`
  );
  // On a phone the panel is a sheet above the charts, closed until asked for.
  const phone = matchMedia("(max-width: 800px)");
  const fitPanel = () => (panel.open = !phone.matches);
  fitPanel();
  phone.addEventListener("change", fitPanel);
  invalidation.then(() => phone.removeEventListener("change", fitPanel));

  // View: levels or differences, the cards' year, bands.
  const viewControl = html`<fieldset class="shapan-segmented" data-control="view"><legend>${t("explorer.show")}</legend>${["level", "diff", "pct"].map(
    (mode) => html`<label><input type="radio" name="shapan-view" value=${mode} checked=${view.view === mode}> ${t(`explorer.view.${mode}`)}</label>`
  )}</fieldset>`;
  viewControl.addEventListener("change", (event) => {
    view.view = /** @type {any} */ (/** @type {HTMLInputElement} */ (event.target).value);
    viewChanged();
  });
  const yearSelect = /** @type {HTMLSelectElement} */ (
    html`<select id="shapan-year" data-control="year">${years.slice(1).map((y) => html`<option value=${y} selected=${y === view.year}>${y}</option>`)}</select>`
  );
  yearSelect.addEventListener("change", () => {
    view.year = Number(yearSelect.value);
    viewChanged();
  });

  // Charts: the headline outputs, then those the reader adds (kept in the URL).
  /** @type {ReturnType<typeof outputChart>[]} */
  let charts = [];
  const chartGrid = html`<div class="shapan-charts"></div>`;
  const fileStem = () => fileName(preset, levers, "chart", "x").slice(0, -"-chart.x".length);
  const makeChart = (/** @type {string} */ id) =>
    outputChart(/** @type {import("./engine.js").OutputSpec} */ (outputs.get(id)), {
      color: outputColor(engine.outputs, id),
      fileStem: fileStem(),
      onRemove: headline.includes(id)
        ? null
        : () => {
            view.more = view.more.filter((m) => m !== id);
            layoutCharts();
            viewChanged();
          },
      onLog: (on) => {
        view.log = on ? [...view.log, id] : view.log.filter((l) => l !== id);
        viewChanged();
      }
    });
  function layoutCharts() {
    const wanted = [...headline.filter((id) => outputs.has(id)), ...view.more];
    const kept = new Map(charts.map((c) => [/** @type {string} */ (c.output.id), c]));
    charts = wanted.map((id) => kept.get(id) ?? makeChart(id));
    chartGrid.replaceChildren(...charts.map((c) => c.node));
    addSelect.replaceChildren(html`<option value="">${t("explorer.addChartPrompt")}</option>`, ...addOptions());
  }
  const addSelect = /** @type {HTMLSelectElement} */ (html`<select id="shapan-add-chart" data-control="add-chart"></select>`);
  const addOptions = () => {
    const bySubsystem = new Map();
    for (const o of engine.outputs) {
      if (charts.some((c) => c.output.id === o.id)) continue;
      if (!bySubsystem.has(o.subsystem)) bySubsystem.set(o.subsystem, []);
      bySubsystem.get(o.subsystem).push(o);
    }
    return [...bySubsystem].map(
      ([subsystem, list]) => html`<optgroup label=${subsystemLabel(engine, subsystem)}>${list.map((o) => html`<option value=${o.id}>${pick(o.label, o.id)}</option>`)}</optgroup>`
    );
  };
  addSelect.addEventListener("change", () => {
    if (!addSelect.value) return;
    view.more = [...view.more, addSelect.value];
    layoutCharts();
    viewChanged();
    charts.at(-1)?.node.scrollIntoView({block: "nearest"});
  });
  const addChart = html`<div class="shapan-add-chart"><label for="shapan-add-chart">${t("explorer.addChart")}</label>${addSelect}</div>`;
  layoutCharts();

  // Headline cards for the chosen year: the value and its change against the baseline.
  const cards = html`<div class="shapan-cards" aria-live="polite"></div>`;
  // On paper the levers are gone: the scenario is written out above the figures instead.
  const printedScenario = html`<p class="shapan-print-only shapan-muted"></p>`;
  function drawCards() {
    const i = view.year - years[0];
    cards.replaceChildren(
      ...headline
        .filter((id) => outputs.has(id))
        .map((id) => {
          const o = /** @type {import("./engine.js").OutputSpec} */ (outputs.get(id));
          const {factor} = displayUnit(o.unit);
          const value = projection.annual.series[id][i] * factor;
          const base = baseline.annual.series[id][i] * factor;
          const change = value - base;
          const same = Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(base));
          return html`<div class="shapan-figure" data-output=${id} style=${`--series: ${outputColor(engine.outputs, id)}`}>
            <div class="shapan-figure-label">${pick(o.label, id)}</div>
            <div class="shapan-big">${formatNumber(value)} <small>${axisUnit(o)}</small></div>
            <div class="shapan-muted">${
              same ? t("explorer.sameAsBaseline") : t("explorer.change", formatNumber(change, {sign: true}), base !== 0 ? formatPercent(change / Math.abs(base), {sign: true}) : "–")
            }</div></div>`;
        })
    );
  }

  // Link and downloads, made when pressed so a slider move does not pay for them.
  const copyButton = html`<button type="button" data-action="copy-link">${t("explorer.copyLink")}</button>`;
  const copyStatus = html`<span class="shapan-muted" role="status"></span>`;
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copyStatus.textContent = t("explorer.copied");
    } catch {
      copyStatus.replaceChildren(html`<input readonly size="40" aria-label=${t("explorer.link")} value=${location.href} onfocus=${(/** @type {any} */ e) => e.target.select()}>`);
    }
  });
  const scenarioFile = () => ({version: 1, name: Object.keys(levers).length ? `${preset} (modified)` : preset, extends: preset, levers});
  const download = (/** @type {string} */ kind, /** @type {string} */ label, /** @type {() => [string, string, string]} */ make) => {
    const button = html`<button type="button" data-download=${kind}>${label}</button>`;
    button.addEventListener("click", () => save(...make()));
    return button;
  };
  const describeScenario = () =>
    t(
      "download.comment",
      pick(data.scenarios[preset]?.label, preset),
      Object.entries(levers).map(([id, v]) => `${id}=${formatLeverValue(v)}`),
      location.href
    );
  const downloads = html`<div class="shapan-actions">${copyButton}
    ${download("annual", t("download.annual"), () => [
      annualCsv({
        comment: describeScenario(),
        yearLabel: t("download.year"),
        years: projection.annual.years,
        columns: charts.map(({output}) => {
          const {factor} = displayUnit(output.unit);
          return {
            label: pick(output.label, output.id),
            unit: axisUnit(output),
            scenario: Array.from(projection.annual.series[output.id], (v) => v * factor),
            baseline: Array.from(baseline.annual.series[output.id], (v) => v * factor)
          };
        })
      }),
      fileName(preset, levers, "annual", "csv"),
      "text/csv"
    ])}
    ${download("csv", t("download.monthly"), () => [projectionToCsv(projection), fileName(preset, levers, "monthly", "csv"), "text/csv"])}
    ${download("json", t("download.json"), () => [JSON.stringify(projectionToJson(projection)) + "\n", fileName(preset, levers, "monthly", "json"), "application/json"])}
    ${download("scenario", t("download.scenario"), () => [JSON.stringify(scenarioFile(), null, 2) + "\n", fileName(preset, levers, "scenario", "json"), "application/json"])}
    ${copyStatus}</div>`;

  // Uncertainty bands. Each redraw of a new scenario asks `band` for its bands (which supersedes
  // the request in flight: the worker drops it) and draws the lines at once around the last bands
  // received; the new bands are drawn when they come, unless a redraw is already due (it draws them).
  /** @typedef {{result: import("./outputChart.js").BandResult, query: string, startedAt: number}} ShownBand */
  /** @type {ShownBand | null} */
  let shownBand = null;
  /** @type {ShownBand | null} */
  let drawnBand = null;
  let requested = "";
  let bandRequest = 0;
  const bandToggle = /** @type {HTMLInputElement} */ (html`<input type="checkbox" data-action="bands" checked=${view.bands}>`);
  const bandStatus = html`<span class="shapan-muted" data-band-status role="status"></span>`;
  const bandBar = band ? html`<div class="shapan-band-bar"><label>${bandToggle} ${t("explorer.bands")}</label>${bandLegend()}</div>` : null;
  bandToggle.addEventListener("change", () => {
    view.bands = bandToggle.checked;
    bandRequest++; // a band in flight is no longer wanted
    requested = "";
    shownBand = drawnBand = null;
    delete root.dataset.bandFor;
    bandStatus.textContent = view.bands ? "" : t("explorer.bandsOff");
    viewChanged();
  });
  const bandKey = () => `${scenarioQuery()}|${charts.map((c) => c.output.id).join(",")}`;

  function requestBand(/** @type {number} */ eventTime) {
    if (!band) return;
    const id = ++bandRequest;
    const key = bandKey();
    const asked = scenarioQuery();
    requested = key;
    bandStatus.textContent = t("explorer.bandsUpdating");
    band(
      {version: 1, name: preset, extends: preset, levers: {...levers}},
      charts.map((c) => c.output.id)
    ).then(
      (result) => {
        if (result === null || id !== bandRequest) return;
        shownBand = {result, query: asked, startedAt: eventTime};
        if (!pending && width > 0) {
          drawCharts(false);
          noteBand();
        }
      },
      (error) => {
        if (id === bandRequest) bandStatus.textContent = t("explorer.bandsFailed", error.message);
      }
    );
  }

  /** Status line and event once new bands are on screen. */
  function noteBand() {
    if (!view.bands || !shownBand || shownBand === drawnBand) return;
    drawnBand = shownBand;
    const {result, query} = shownBand;
    const ms = performance.now() - shownBand.startedAt;
    bandStatus.textContent = t("explorer.bandsDone", result.runs, query === scenarioQuery() ? Math.round(ms) : null);
    root.dataset.bandFor = query;
    root.dispatchEvent(new CustomEvent("band", {detail: {ms, runs: result.runs, query, result}}));
  }

  // Redraws: one per animation frame at most, each of what changed.
  let width = 0;
  let pending = 0;
  let startedAt = 0;
  function changed(eventTime = performance.now()) {
    changedCount.textContent = Object.keys(levers).length ? t("explorer.changedCount", Object.keys(levers).length) : "";
    writeUrl();
    if (pending) return;
    startedAt = Math.min(eventTime, performance.now());
    pending = requestAnimationFrame(() => redraw(false));
  }
  function viewChanged() {
    writeUrl();
    yearSelect.value = String(view.year);
    startedAt = performance.now();
    if (!pending) pending = requestAnimationFrame(() => redraw(true));
  }
  function writeUrl() {
    const next = writeExplorerQuery(preset, levers, view, defaultYear, location.search);
    history.replaceState(history.state, "", `${location.pathname}${next}${location.hash}`);
  }

  function redraw(/** @type {boolean} */ force) {
    pending = 0;
    try {
      projection = engine.compile({version: 1, name: preset, extends: preset, levers}).run();
      if (notice.childElementCount !== ignored.length) showNotice(ignored);
    } catch (error) {
      showNotice([...ignored, t("explorer.cannotRun", /** @type {Error} */ (error).message)]);
      return;
    }
    if (width > 0) {
      drawCharts(force);
      noteBand();
    }
    drawCards();
    printedScenario.textContent = describeScenario();
    const ms = performance.now() - startedAt;
    root.dispatchEvent(new CustomEvent("redraw", {detail: {ms}}));
    if (view.bands && bandKey() !== requested) requestBand(startedAt);
  }

  function drawCharts(/** @type {boolean} */ force) {
    const result = view.bands && shownBand ? shownBand.result : null;
    for (const chart of charts) {
      chart.update({
        width,
        mode: view.view,
        projection,
        baseline,
        band: result?.bands[chart.output.id] ? result : null,
        year: view.year,
        log: view.log.includes(chart.output.id),
        goal: goals.find((g) => g.output === chart.output.id) ?? null,
        force
      });
    }
  }

  const root = html`<div class="shapan-explorer" lang=${lang === "zh" ? "zh-CN" : "en"}>${notice}${panel}<div class="shapan-results">
      <div class="shapan-toolbar">${viewControl}<div class="shapan-year"><label for="shapan-year">${t("explorer.year")}</label>${yearSelect}</div>${bandBar}${band ? bandStatus : null}</div>
      ${printedScenario}${cards}${chartGrid}${addChart}${downloads}
    </div></div>`;
  root.addEventListener("input", (event) => {
    // Count from the event itself, so time spent before the frame is included.
    if (/** @type {HTMLElement} */ (event.target).closest?.(".shapan-lever")) startedAt = Math.min(startedAt || Infinity, event.timeStamp);
  });

  // Charts take the width of their grid cell; redraw all when it changes (first layout included).
  const resize = new ResizeObserver(() => {
    const next = Math.floor(chartGrid.querySelector(".shapan-plot")?.getBoundingClientRect().width ?? 0);
    if (next > 0 && Math.abs(next - width) > 1) {
      width = next;
      startedAt = performance.now();
      redraw(true);
    }
  });
  resize.observe(chartGrid);
  invalidation.then(() => {
    resize.disconnect();
    bandRequest++;
  });
  writeUrl();
  startedAt = performance.now();
  redraw(true);
  return root;
}

/**
 * Whether a lever value as written in a link is a formula (which needs mathjs to check).
 *
 * @param {string} text
 */
function formulaText(text) {
  try {
    return isFormula(parseLeverValue(text, "levers"));
  } catch {
    return false;
  }
}

/**
 * Goals to mark on the charts (from goal seek's link): those that parse and compare an annual
 * value (a sum over years has no place on an annual chart).
 *
 * @param {string[]} texts
 * @param {import("./engine.js").Engine} engine
 * @param {number[]} years
 */
function readGoals(texts, engine, years) {
  const outputs = engine.outputs.map((o) => o.id);
  return texts.flatMap((text) => {
    try {
      const goal = parseGoal(text, {outputs, years: [years[0], years[years.length - 1]], field: "goal"});
      return goal.aggregate === "sum" ? [] : [{output: goal.output, from: goal.from, to: goal.to, value: goal.value, op: goal.operator}];
    } catch {
      return [];
    }
  });
}
