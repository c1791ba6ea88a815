// The scenario explorer as one imperative widget rather than reactive cells: a slider move must
// redraw every chart within ~60 ms, so the widget compiles the scenario once per animation frame,
// redraws only the charts whose numbers changed and keeps its state in the query string. The
// uncertainty bands come later, from a Web Worker (see `band` below): a slider move never waits
// for them.
import {html} from "htl";
import {
  createGrid,
  defaultTime,
  firstYear,
  formatLeverValue,
  halfStepTimes,
  projectionToCsv,
  projectionToJson,
  readLeverValue,
  sampleLever,
  scenarioFromQuery,
  scenarioToQuery,
  unitLabel
} from "./engine/index.js";
import {annualRows, axisLabel, bandLegend, bandRows, chartFrame, formatValue, legend, lineChart} from "./charts.js";

/** The lever groups of levers.json, in the order the issue lists them. */
const groups = [
  {id: "compute", label: "Compute 算力"},
  {id: "data-applications", label: "Data and applications 数据与应用"},
  {id: "regulation-talent", label: "Regulation and talent 监管与人才"},
  {id: "regions", label: "Regions 区域"}
];

/**
 * The charts: outputs drawn together, by id pattern so new sectors or regions appear by themselves.
 * `band` lists the outputs whose scenario curves get uncertainty bands: where a chart holds a
 * headline output beside its parts (the market beside its layers, the compute gap beside demand
 * and supply, Beijing among the regions) only the headline output, since overlapping bands read as
 * a smear and the widest would set the axis; none for the sectors, nor for fiscal cost (the levers
 * set it).
 */
export function explorerCharts(engine) {
  const {sectors, layers, regions, kinds} = engine.data.dimensions;
  const out = (id) => engine.outputs.find((o) => o.id === id);
  return [
    {title: "Market by business layer", subtitle: "Annual revenue 市场规模（分层）", outputs: [out("market_bn_rmb"), ...layers.map((l) => out(`market_${l.id}_bn_rmb`))], band: ["market_bn_rmb"]},
    {title: "Market by sector", subtitle: "Annual revenue 市场规模（分行业）", outputs: sectors.map((s) => out(`market_${s.id}_bn_rmb`))},
    {
      title: "Providers by kind",
      subtitle: "China and Beijing, year end 大模型供给方",
      outputs: [...kinds.map((k) => out(`providers_${k.id}`)), ...kinds.map((k) => out(`providers_beijing_${k.id}`))],
      band: kinds.flatMap((k) => [`providers_${k.id}`, `providers_beijing_${k.id}`])
    },
    {title: "Providers by region", subtitle: "Year end 分区域", outputs: regions.map((r) => out(`providers_${r.id}`)), band: ["providers_beijing"]},
    {title: "Compute, China", subtitle: "Demand, supply and gap, annual mean 算力（全国）", outputs: ["demand", "supply", "gap"].map((k) => out(`compute_${k}_pflops`)), band: ["compute_gap_pflops"]},
    {
      title: "Compute, Beijing",
      subtitle: "Demand, supply and gap, annual mean 算力（北京）",
      outputs: ["demand", "supply", "gap"].map((k) => out(`compute_${k}_beijing_pflops`)),
      band: ["compute_gap_beijing_pflops"]
    },
    {title: "Model quality", subtitle: "Index, year end 模型质量", outputs: [out("quality_index")], band: ["quality_index"]},
    {title: "Hallucination rate", subtitle: "Annual mean 幻觉率", outputs: [out("hallucination_rate")], band: ["hallucination_rate"]},
    {title: "Fiscal cost", subtitle: "Public spending by lever 财政成本", outputs: engine.outputs.filter((o) => o.subsystem === "fiscal")}
  ];
}

/**
 * The explorer: preset choice, reset, one control per lever (grouped), the charts, copy link and
 * downloads, and, given `band`, uncertainty bands around the scenario curves with a switch.
 *
 * @param engine from createEngine(data)
 * @param options.search the query string to start from (default location.search)
 * @param options.band (scenario, outputIds) => Promise of annual Monte Carlo bands (quantiles
 *   0.05, 0.25, 0.5, 0.75, 0.95), or of null when a newer call superseded it: liveBand over the
 *   page's mc.worker.js. Called once per new scenario; without it the explorer draws no bands.
 */
export function explorer(engine, {search = location.search, band} = {}) {
  const {data} = engine;
  const times = halfStepTimes(createGrid(firstYear, defaultTime.to, 12));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const baseline = engine.simulate("baseline");
  const initial = scenarioFromQuery(search, data, times, engine.formulas);

  // State: the preset started from and the levers set away from it (exactly what the URL holds).
  let preset = initial.preset;
  let levers = {...initial.levers};
  let presetValues = engine.resolve(preset).levers;
  let query = scenarioToQuery(preset, levers);
  let projection;

  // Query parameters that name no lever are reported once, above everything; a run error (none is
  // expected once every value is checked) replaces the notice until the next good run.
  const ignored = initial.errors.filter((e) => !e.field.startsWith("levers.") && e.field !== "scenario").map((e) => `Ignored ?${e.message}`);
  const notice = html`<div class="shapan-notice" role="alert"></div>`;
  const showNotice = (messages) => {
    notice.replaceChildren(...messages.map((m) => html`<div>${m}</div>`));
    notice.hidden = messages.length === 0;
  };
  showNotice(ignored);

  // Preset selector and reset.
  const presetSelect = html`<select data-preset>${Object.entries(data.scenarios).map(
    ([id, s]) => html`<option value=${id} selected=${id === preset}>${s.label?.en ?? id} ${s.label?.zh ?? ""}</option>`
  )}</select>`;
  const presetError = html`<div class="shapan-error" role="alert">${initial.errors.filter((e) => e.field === "scenario").map((e) => e.message)}</div>`;
  const presetDescription = html`<p class="shapan-muted"></p>`;
  const describePreset = () => (presetDescription.textContent = data.scenarios[preset]?.description ?? "");
  describePreset();
  presetSelect.addEventListener("change", () => {
    preset = presetSelect.value;
    presetError.textContent = "";
    startFrom(preset);
  });
  const resetButton = html`<button type="button" data-action="reset">Reset to baseline</button>`;
  resetButton.addEventListener("click", () => {
    presetSelect.value = preset = "baseline";
    presetError.textContent = "";
    startFrom(preset);
  });

  function startFrom(id) {
    presetValues = engine.resolve(id).levers;
    levers = {};
    describePreset();
    for (const control of controls.values()) control.show(presetValues[control.spec.id], "");
    changed();
  }

  // One control per lever: a slider for a constant, a text field that shows and accepts any
  // schedule in the CLI's syntax (the slider replaces a schedule by a constant).
  const controls = new Map();
  const urlErrors = new Map(initial.errors.filter((e) => e.field.startsWith("levers.")).map((e) => [e.field.slice(7), e.message]));
  for (const spec of data.levers) {
    const control = leverControl(spec, {
      sources,
      times,
      formulas: engine.formulas,
      onChange: (value) => {
        levers[spec.id] = value;
        changed();
      }
    });
    control.show(levers[spec.id] ?? presetValues[spec.id], urlErrors.get(spec.id) ?? "");
    controls.set(spec.id, control);
  }
  const controlPanel = html`<div class="shapan-controls">
    <div class="shapan-preset"><label>Start from <select-slot></select-slot></label>${resetButton}${presetError}${presetDescription}</div>
    ${groups.map(
      (g) => html`<fieldset class="shapan-group" data-group=${g.id}><legend>${g.label}</legend>${data.levers.filter((l) => l.group === g.id).map((l) => controls.get(l.id).node)}</fieldset>`
    )}
  </div>`;
  controlPanel.querySelector("select-slot").replaceWith(presetSelect);

  // Link and downloads, generated on demand so a slider move does not pay for them.
  const fileName = () => `shapan-${preset}${Object.keys(levers).length ? "-custom" : ""}`;
  const scenarioFile = () => ({version: 1, name: Object.keys(levers).length ? `${preset} (modified)` : preset, extends: preset, levers});
  const copyButton = html`<button type="button" data-action="copy-link">Copy link</button>`;
  const copyStatus = html`<span class="shapan-muted"></span>`;
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copyStatus.textContent = "Copied.";
    } catch {
      copyStatus.replaceChildren(html`<input readonly size="40" value=${location.href} onfocus=${(e) => e.target.select()}>`);
    }
  });
  const downloads = html`<div class="shapan-actions">${copyButton}
    ${downloadButton("csv", "Projection CSV", () => [projectionToCsv(projection), `${fileName()}.csv`, "text/csv"])}
    ${downloadButton("json", "Projection JSON", () => [JSON.stringify(projectionToJson(projection)) + "\n", `${fileName()}.json`, "application/json"])}
    ${downloadButton("scenario", "Scenario file", () => [JSON.stringify(scenarioFile(), null, 2) + "\n", `${fileName()}.scenario.json`, "application/json"])}
    ${copyStatus}</div>`;

  // Charts: static frame and legend, a plot redrawn when its numbers change.
  const charts = explorerCharts(engine).map((spec) => {
    const series = spec.outputs.map((o) => o.label.en);
    const frame = chartFrame({...spec, legendNode: legend(series)});
    const banded = spec.outputs.filter((o) => spec.band?.includes(o.id));
    if (banded.length) frame.node.dataset.band = banded.map((o) => o.id).join(" ");
    return {...spec, ...frame, series, banded, unit: axisLabel(spec.outputs[0]), last: null, lastBands: null, plot: null};
  });
  const chartGrid = html`<div class="shapan-charts">${charts.map((c) => c.node)}</div>`;
  const summary = html`<div class="shapan-summary"></div>`;

  let width = 0;
  let pending = 0;
  let startedAt = 0;
  window.__shapanRedraws = 0;
  function changed(eventTime = performance.now()) {
    query = scenarioToQuery(preset, levers);
    history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
    if (pending) return;
    startedAt = eventTime;
    pending = requestAnimationFrame(redraw);
  }

  function redraw(force = false) {
    pending = 0;
    try {
      projection = engine.compile({version: 1, name: preset, extends: preset, levers}).run();
      if (notice.childElementCount !== ignored.length) showNotice(ignored);
    } catch (error) {
      showNotice([...ignored, `This scenario cannot run: ${error.message}`]);
      return;
    }
    if (width > 0) {
      drawCharts(force === true);
      noteBand();
    }
    summary.replaceChildren(...headline(engine, projection, baseline));
    // Hooks for the browser test's timing and for users' scripts.
    window.__shapanLastRedrawMs = performance.now() - startedAt;
    window.__shapanRedraws++;
    root.dispatchEvent(new CustomEvent("redraw", {detail: {ms: window.__shapanLastRedrawMs}}));
    if (bandsOn && query !== requestedQuery) requestBand(startedAt);
  }

  /**
   * Redraws the charts whose lines or bands changed (every chart when forced). New bands around
   * unchanged lines go into the plot as it is when they fit its y axis: no rebuild.
   */
  function drawCharts(force) {
    const result = bandsOn ? shownBand?.result : null;
    for (const chart of charts) {
      const values = chart.outputs.map((o) => projection.annual.series[o.id]);
      const bands = chart.banded.length && result ? chart.banded.map((o) => result.bands[o.id]) : null;
      const sameLines = !force && chart.last && sameValues(chart.last, values);
      if (sameLines && sameBands(chart.lastBands, bands)) continue;
      const rows = bands && bandRows(result, chart.banded);
      chart.lastBands = bands;
      if (sameLines && rows && chart.plot.setBands(rows)) continue;
      chart.last = values;
      chart.plot = lineChart(
        annualRows(
          [
            {run: "scenario", projection},
            {run: "baseline", projection: baseline}
          ],
          chart.outputs
        ),
        {width, series: chart.series, unit: chart.unit, bands: rows}
      );
      chart.slot.replaceChildren(chart.plot);
    }
  }

  // Uncertainty bands. Each redraw of a new scenario asks `band` for its bands (which supersedes
  // the request in flight: the worker drops it) and draws the lines at once around the last bands
  // received; the new bands are drawn when they come, unless a redraw is already due (it draws them).
  const bandOutputs = [...new Set(charts.flatMap((c) => c.banded.map((o) => o.id)))];
  let bandsOn = Boolean(band) && bandOutputs.length > 0;
  let shownBand = null; // {result, query, startedAt}: the bands drawn, or to draw, around the lines
  let drawnBand = null;
  let requestedQuery = null;
  let bandRequest = 0;
  let bandDescription = "";
  window.__shapanBands = 0;
  window.__shapanBandsSuperseded = 0;
  const bandToggle = html`<input type="checkbox" data-action="bands" checked>`;
  const bandStatus = html`<span class="shapan-muted" data-band-status></span>`;
  const bandBar = bandsOn ? html`<div class="shapan-band-bar"><label>${bandToggle} Uncertainty bands</label>${bandLegend()}${bandStatus}</div>` : null;
  bandToggle.addEventListener("change", () => {
    bandsOn = bandToggle.checked;
    bandRequest++; // a band in flight is no longer wanted
    requestedQuery = null;
    shownBand = drawnBand = null;
    delete root.dataset.bandFor;
    root.classList.toggle("shapan-bands-off", !bandsOn);
    bandStatus.textContent = bandsOn ? "" : "bands off";
    startedAt = performance.now();
    redraw(true);
  });

  function requestBand(eventTime) {
    const id = ++bandRequest;
    const asked = query;
    requestedQuery = asked;
    bandStatus.textContent = `${bandDescription}${bandDescription ? " · " : "bands: "}updating…`;
    band({version: 1, name: preset, extends: preset, levers: {...levers}}, bandOutputs).then(
      (result) => {
        if (result === null) window.__shapanBandsSuperseded++;
        if (result === null || id !== bandRequest) return;
        shownBand = {result, query: asked, startedAt: eventTime};
        if (!pending && width > 0) {
          drawCharts(false);
          noteBand();
        }
      },
      (error) => {
        if (id === bandRequest) bandStatus.textContent = `bands unavailable: ${error.message}`;
      }
    );
  }

  /** Status line and hooks once new bands are on screen. */
  function noteBand() {
    if (!bandsOn || !shownBand || shownBand === drawnBand) return;
    drawnBand = shownBand;
    const {result} = shownBand;
    const ms = performance.now() - shownBand.startedAt;
    const percent = (q) => Math.round(q * 100);
    const [q05, q25, , q75, q95] = result.quantiles;
    bandDescription = `bands: ${result.runs} runs, ${percent(q05)}–${percent(q95)}% and ${percent(q25)}–${percent(q75)}%`;
    bandStatus.textContent = `${bandDescription}${shownBand.query === requestedQuery ? ` (${Math.round(ms)} ms)` : " · updating…"}`;
    root.dataset.bandFor = shownBand.query;
    // Hooks for the browser test: ms from the input event to the bands drawn, runs, the bands.
    window.__shapanBandMs = ms;
    window.__shapanBandRuns = result.runs;
    window.__shapanBand = shownBand;
    window.__shapanBands++;
    root.dispatchEvent(new CustomEvent("band", {detail: {ms, runs: result.runs, query: shownBand.query}}));
  }

  const root = html`<div class="shapan-explorer">${styles()}${notice}${controlPanel}<div class="shapan-results">${summary}${downloads}${bandBar}${chartGrid}</div></div>`;
  root.addEventListener("input", (event) => {
    // Count from the event itself, so time spent before the rAF callback is included.
    if (event.target.type === "range") startedAt = Math.min(startedAt, event.timeStamp);
  });

  // Charts take the width of their grid cell; redraw all when it changes (first layout included).
  new ResizeObserver(() => {
    const cell = charts[0].slot;
    const next = Math.floor(cell.getBoundingClientRect().width);
    if (next > 0 && Math.abs(next - width) > 1) {
      width = next;
      startedAt = performance.now();
      redraw(true);
    }
  }).observe(chartGrid);
  startedAt = performance.now();
  redraw(true);
  return root;
}

/** A lever's control: slider, schedule field, unit, source and confidence, and its error line. */
function leverControl(spec, {sources, times, formulas, onChange}) {
  const source = sources.get(spec.source);
  const unit = spec.measure ?? unitLabel(spec.unit);
  const range = html`<input type="range" name=${spec.id} min=${spec.min} max=${spec.max} step=${spec.step} aria-label=${spec.label.en}>`;
  const text = html`<input type="text" name=${`${spec.id}-value`} spellcheck="false" aria-label=${`${spec.label.en}: value or schedule`}>`;
  const error = html`<div class="shapan-error" role="alert"></div>`;
  const node = html`<div class="shapan-lever" data-lever=${spec.id} title=${`${spec.description}\n\nWhy this default: ${spec.reasoning ?? "—"}`}>
    <div class="shapan-lever-head"><label>${spec.label.en} <span class="shapan-zh">${spec.label.zh}</span></label></div>
    <div class="shapan-lever-row">${range}${text}</div>
    <div class="shapan-muted">${unit || "index"} · ${spec.min}–${spec.max} · source <a href=${`./sources#source-${spec.source}`} title=${source?.title ?? spec.source}>${spec.source}</a> · ${spec.confidence} confidence</div>
    ${error}</div>`;
  const control = {
    spec,
    node,
    /** Shows a value (and an error, "" for none) without reporting a change. */
    show(value, message) {
      text.value = formatLeverValue(value);
      range.value = String(typeof value === "number" ? value : lastValue(spec, value, times, formulas));
      node.classList.toggle("shapan-schedule", typeof value !== "number");
      error.textContent = message;
    }
  };
  Object.defineProperty(node, "value", {get: () => readLeverValue(spec, text.value, times, formulas), set: (v) => control.show(v, "")});
  range.addEventListener("input", () => {
    const value = Number(range.value);
    control.show(value, "");
    onChange(value);
  });
  text.addEventListener("change", () => {
    try {
      const value = readLeverValue(spec, text.value, times, formulas);
      control.show(value, "");
      onChange(value);
    } catch (e) {
      error.textContent = e.message;
    }
  });
  return control;
}

/** Where the slider sits for a schedule: its value at the end of the horizon. */
function lastValue(spec, value, times, formulas) {
  try {
    return sampleLever(spec, value, times.subarray(times.length - 1), formulas)[0];
  } catch {
    return spec.default;
  }
}

/** Whether two charts' bands (arrays of {quantiles} per output, or null) hold the same numbers. */
function sameBands(a, b) {
  if (a === b) return true;
  if (!a || !b) return false;
  for (let o = 0; o < a.length; o++) {
    if (a[o] === b[o]) continue;
    if (!a[o] || !b[o] || !sameValues(a[o].quantiles, b[o].quantiles)) return false;
  }
  return true;
}

function sameValues(a, b) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** Key figures in 2030, scenario against baseline. */
function headline(engine, projection, baseline) {
  const year = 2030;
  const i = year - projection.annual.years[0];
  return ["market_bn_rmb", "providers_total", "compute_gap_beijing_pflops", "quality_index", "fiscal_cost_bn_rmb"].map((id) => {
    const o = engine.outputs.find((d) => d.id === id);
    const value = projection.annual.series[id][i];
    const base = baseline.annual.series[id][i];
    const change = base ? (value - base) / Math.abs(base) : 0;
    return html`<div class="shapan-figure" data-output=${id}><div class="shapan-muted">${o.label.en}, ${year}</div>
      <div class="shapan-big">${formatValue(value)} <small>${unitLabel(o.unit)}</small></div>
      <div class="shapan-muted">${Math.abs(change) < 0.0005 ? "= baseline" : `${change > 0 ? "+" : ""}${(change * 100).toFixed(1)}% vs baseline`}</div></div>`;
  });
}

function downloadButton(kind, label, make) {
  const button = html`<button type="button" data-download=${kind}>${label}</button>`;
  button.addEventListener("click", () => {
    const [text, name, type] = make();
    const url = URL.createObjectURL(new Blob([text], {type}));
    const a = html`<a href=${url} download=${name} hidden></a>`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return button;
}

const styles = () => html`<style>
.shapan-explorer { display: grid; grid-template-columns: minmax(260px, 320px) 1fr; gap: 1rem; align-items: start; }
.shapan-notice:not([hidden]) { grid-column: 1 / -1; color: var(--theme-red); }
.shapan-controls { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; font: 13px var(--sans-serif); }
.shapan-group { min-width: 0; border: 1px solid var(--theme-foreground-faintest); border-radius: 6px; margin: 0 0 0.6rem; padding: 0.3rem 0.6rem 0.5rem; }
.shapan-group legend { font-weight: 600; padding: 0 0.3rem; }
.shapan-lever { margin: 0.35rem 0 0.6rem; }
.shapan-lever-row { display: flex; gap: 0.4rem; align-items: center; }
.shapan-lever-row input[type=range] { flex: 1 1 auto; min-width: 0; }
.shapan-lever-row input[type=text] { width: 7.5em; min-width: 0; font: 12px var(--monospace); }
.shapan-schedule input[type=range] { opacity: 0.45; }
.shapan-schedule input[type=text] { border-color: var(--theme-blue); width: 55%; }
.shapan-zh { color: var(--theme-foreground-muted); font-weight: normal; }
.shapan-muted { color: var(--theme-foreground-muted); font-size: 12px; margin: 0.1rem 0; }
.shapan-error { color: var(--theme-red); font-size: 12px; }
.shapan-error:empty { display: none; }
.shapan-preset select { max-width: 100%; }
.shapan-preset button { margin: 0.3rem 0; }
.shapan-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.5rem 0; }
.shapan-band-bar { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; align-items: center; margin: 0 0 0.5rem; font: 12px var(--sans-serif); }
.shapan-band-bar .shapan-legend { margin: 0; }
.shapan-bands-off .shapan-band-legend { opacity: 0.4; }
.shapan-summary { font-family: var(--sans-serif); display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 0.5rem; }
.shapan-figure { border: 1px solid var(--theme-foreground-faintest); border-radius: 6px; padding: 0.4rem 0.6rem; }
.shapan-big { font: 600 20px var(--sans-serif); }
.shapan-big small { font-weight: normal; font-size: 12px; }
.shapan-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 0.75rem; }
.shapan-charts .card { margin: 0; min-width: 0; }
/* A redrawn plot cannot change the size of anything around it, so the browser lays out only the plot. */
.shapan-charts .shapan-plot { contain: size layout style; height: 220px; }
@media (max-width: 800px) { .shapan-explorer { grid-template-columns: 1fr; } .shapan-controls { position: static; max-height: none; } }
</style>`;
