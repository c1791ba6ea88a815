// Heavy analyses off the main thread: Monte Carlo bands, tornado, Sobol indices and attribution,
// for the uncertainty, sensitivity and attribution pages and the explorer's live band. Started by
// analysisClient.js; each request carries a lane, and a newer request in a lane cancels the older
// one (it stops at its next yield and answers {cancelled: true}), so a band follows the slider.
import {attributeLevers, createSampleRunner, parseGoal, planMonteCarlo, planSobol, sobolSensitivity, summarizeSamples, tornado} from "./engine.js";
import {resolveWithFormulas, siteEngine} from "./siteEngine.js";

/** Longest stretch of runs between yields to the message queue, milliseconds. */
const slice = 25;

/** @type {import("./engine.js").Engine} */
let engine;
const lanes = new Map();
/** The baseline's batch for the explorer's paired differences, kept while its plan's settings hold. */
let baselineBatch = {key: "", batch: /** @type {Awaited<ReturnType<typeof runBatch>>} */ (null)};

/** @type {Record<string, (request: any, alive: Alive) => any>} */
const handlers = {
  async mc(request, alive) {
    const scenario = await resolveWithFormulas(engine, request.scenario);
    const outputs = engine.outputs.map((o) => o.id);
    const goals = (request.goals ?? []).map((/** @type {string} */ text) => parseGoal(text, {outputs, years: [scenario.time.from, scenario.time.to], field: "target"}));
    const plan = planMonteCarlo(engine, {...request, scenario, goals});
    const batch = await runBatch(plan.plan, alive);
    return batch && summarizeSamples(plan, batch.runner.layout, batch.values, batch.deterministic);
  },
  /**
   * The explorer's bands: the scenario's, and those of its difference from the baseline run draw
   * by draw with the same parameters (Latin hypercube draws depend on the seed alone), with the
   * share of draws whose difference has the sign of the central run's.
   */
  async band(request, alive) {
    const scenario = await resolveWithFormulas(engine, request.scenario);
    const plan = planMonteCarlo(engine, {...request, scenario});
    const base = planMonteCarlo(engine, {...request, scenario: engine.resolve({version: 1, name: "baseline", extends: "baseline", time: request.scenario.time})});
    const key = JSON.stringify({...request, scenario: request.scenario.time});
    if (baselineBatch.key !== key) baselineBatch = {key, batch: await runBatch(base.plan, alive)};
    const baseline = baselineBatch.batch;
    if (!baseline) {
      baselineBatch.key = "";
      return null;
    }
    const batch = await runBatch(plan.plan, alive);
    if (!batch) return null;
    const {runs, columns} = batch.runner.layout;
    const diff = new Float64Array(batch.values.length);
    const pct = new Float64Array(batch.values.length);
    const diffCentral = new Float64Array(columns);
    const pctCentral = new Float64Array(columns);
    const agree = new Float64Array(columns);
    for (let c = 0; c < columns; c++) {
      const central = batch.deterministic[c] - baseline.deterministic[c];
      diffCentral[c] = central;
      pctCentral[c] = relative(batch.deterministic[c], baseline.deterministic[c]);
      let same = 0;
      for (let r = 0; r < runs; r++) {
        const k = c * runs + r;
        const d = batch.values[k] - baseline.values[k];
        diff[k] = d;
        pct[k] = relative(batch.values[k], baseline.values[k]);
        if (Math.sign(d) === Math.sign(central)) same++;
      }
      // No share when the central run shows no effect: there is no sign to agree with.
      agree[c] = Math.abs(central) > 1e-9 * Math.max(1, Math.abs(baseline.deterministic[c])) ? same / runs : Number.NaN;
    }
    const layout = batch.runner.layout;
    const level = summarizeSamples(plan, layout, batch.values, batch.deterministic);
    const difference = summarizeSamples(plan, layout, diff, diffCentral);
    const percent = summarizeSamples(plan, layout, pct, pctCentral);
    const T = level.time.length;
    /** @type {Record<string, Float64Array>} */
    const sameSign = {};
    plan.plan.outputs.forEach((id, o) => (sameSign[id] = agree.slice(o * T, (o + 1) * T)));
    return {...level, diff: difference.bands, pct: percent.bands, sameSign};
  },
  async tornado(request) {
    await resolveWithFormulas(engine, request.scenario);
    return tornado(engine, request);
  },
  async sobol(request, alive) {
    await resolveWithFormulas(engine, request.scenario);
    const sobol = planSobol(engine, request);
    const batch = await runBatch(sobol.plan, alive);
    return batch && {...sobolSensitivity(sobol, batch.values, request.seed), runs: batch.runner.layout.runs};
  },
  async attribute(request) {
    await resolveWithFormulas(engine, request.scenario);
    return attributeLevers(engine, request);
  }
};

/** A difference in per cent of the baseline; NaN where the baseline is zero. */
function relative(/** @type {number} */ value, /** @type {number} */ base) {
  return base !== 0 ? ((value - base) / Math.abs(base)) * 100 : Number.NaN;
}

/** @typedef {(() => boolean) & {progress: (share: number) => void}} Alive */

/**
 * Runs every row of a plan, yielding every `slice` ms; null when the request was superseded.
 *
 * @param {import("./engine.js").SamplePlan} plan
 * @param {Alive} alive
 */
async function runBatch(plan, alive) {
  const runner = createSampleRunner(plan);
  const {runs, columns} = runner.layout;
  const values = new Float64Array(runs * columns);
  const deterministic = new Float64Array(columns);
  runner.run(undefined, deterministic, 1, 0);
  let since = performance.now();
  for (let r = 0; r < runs; r++) {
    runner.runRow(r, values);
    if (performance.now() - since > slice) {
      alive.progress((r + 1) / runs);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!alive()) return null;
      since = performance.now();
    }
  }
  return {runner, values, deterministic};
}

self.onmessage = async ({data: message}) => {
  if (message.type === "data") {
    engine = siteEngine(message.data);
    return;
  }
  const {id, type, lane = type, options} = message;
  lanes.set(lane, id);
  const alive = /** @type {Alive} */ (() => lanes.get(lane) === id);
  alive.progress = (share) => self.postMessage({id, progress: share});
  try {
    const started = performance.now();
    const result = await handlers[type](options, alive);
    self.postMessage(result === null ? {id, cancelled: true} : {id, result, milliseconds: performance.now() - started});
  } catch (error) {
    self.postMessage({id, error: /** @type {Error} */ (error).message});
  }
};
