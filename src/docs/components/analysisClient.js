// The page side of mc.worker.js: one worker per page, requests answered by promises. A page
// creates the worker itself (Framework resolves the module only from a page):
//   const worker = new Worker(import.meta.resolve("./components/mc.worker.js"), {type: "module"});
//   invalidation.then(() => worker.terminate());
//   const analysis = analysisClient(worker, data);
//   const bands = await analysis.request("mc", {scenario: "baseline", runs: 500, seed: 1, annual: true});
// The explorer's live band uses a lane of its own: each slider move's request cancels the last.

/**
 * Wraps a worker running mc.worker.js.
 *
 * @param worker the Worker (module type), created by the page
 * @param data the model data (data/model.json), sent once
 * @returns {request(type, options, {lane, onProgress}) => Promise<result | null>}: type is "mc",
 *   "tornado", "sobol" or "attribute" with the engine function's options; resolves null when a
 *   newer request in the same lane (default: the type) cancelled it, rejects with the engine's
 *   message for bad input; the result carries `milliseconds` spent in the worker
 */
export function analysisClient(worker, data) {
  const pending = new Map();
  let next = 0;
  worker.postMessage({type: "data", data});
  worker.onmessage = ({data: message}) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.progress !== undefined) {
      waiting.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error));
    else waiting.resolve(message.cancelled ? null : Object.assign(message.result, {milliseconds: message.milliseconds}));
  };
  return {
    request(type, options, {lane = type, onProgress} = {}) {
      const id = ++next;
      // A superseded request in the same lane resolves null at once; the worker stops it soon after.
      for (const [other, waiting] of pending) {
        if (waiting.lane === lane) {
          pending.delete(other);
          waiting.resolve(null);
        }
      }
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject, onProgress, lane});
        worker.postMessage({id, type, lane, options});
      });
    }
  };
}

/**
 * The explorer's live band: annual 50% and 90% bands of `outputs` around a scenario, from `runs`
 * Latin hypercube draws, in the "band" lane, so each call cancels the one before (resolves null).
 * Runs on quarterly steps: about three times faster than monthly, and the step-halving check
 * keeps the annual values within 1% of the monthly run's, far inside the band.
 *
 * @param client from analysisClient
 * @param scenario the explorer's current scenario object (levers set on a preset)
 * @param outputs output ids to band
 * @param options.runs draws (default 500); options.seed (default 1, fixed so the band only moves with the levers)
 * @returns Promise of {time, bands: {[id]: {deterministic, quantiles: [q05, q25, q50, q75, q95]}}} or null
 */
export function liveBand(client, scenario, outputs, {runs = 500, seed = 1} = {}) {
  const quarterly = {...scenario, time: {...scenario.time, step: "quarter"}};
  return client.request("mc", {scenario: quarterly, runs, seed, annual: true, outputs}, {lane: "band"});
}
