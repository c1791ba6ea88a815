// Heavy analyses off the main thread: Monte Carlo bands, tornado, Sobol indices and attribution,
// for the uncertainty, sensitivity and attribution pages and the explorer's live band. Started by
// analysisClient.js; each request carries a lane, and a newer request in a lane cancels the older
// one (it stops at its next yield and answers {cancelled: true}), so a band follows the slider.
import * as mathjs from "mathjs";
import {attributeLevers, createEngine, createFormulaCompiler, createSampleRunner, parseGoal, planMonteCarlo, planSobol, sobolSensitivity, summarizeSamples, tornado} from "./engine/index.js";

/** Longest stretch of runs between yields to the message queue, milliseconds. */
const slice = 25;

let engine;
const lanes = new Map();

const handlers = {
  async mc(request, alive) {
    const scenario = engine.resolve(request.scenario);
    const outputs = engine.outputs.map((o) => o.id);
    const goals = (request.goals ?? []).map((text) => parseGoal(text, {outputs, years: [scenario.time.from, scenario.time.to], field: "target"}));
    const plan = planMonteCarlo(engine, {...request, scenario, goals});
    const batch = await runBatch(plan.plan, alive);
    return batch && summarizeSamples(plan, batch.runner.layout, batch.values, batch.deterministic);
  },
  tornado(request) {
    return tornado(engine, request);
  },
  async sobol(request, alive) {
    const sobol = planSobol(engine, request);
    const batch = await runBatch(sobol.plan, alive);
    return batch && {...sobolSensitivity(sobol, batch.values, request.seed), runs: batch.runner.layout.runs};
  },
  attribute(request) {
    return attributeLevers(engine, request);
  }
};

/** Runs every row of a plan, yielding every `slice` ms; null when the request was superseded. */
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
    engine = createEngine(message.data, {formulas: () => createFormulaCompiler(mathjs)});
    return;
  }
  const {id, type, lane = type, options} = message;
  lanes.set(lane, id);
  const alive = () => lanes.get(lane) === id;
  alive.progress = (share) => self.postMessage({id, progress: share});
  try {
    const started = performance.now();
    const result = await handlers[type](options, alive);
    self.postMessage(result === null ? {id, cancelled: true} : {id, result, milliseconds: performance.now() - started});
  } catch (error) {
    self.postMessage({id, error: error.message});
  }
};
