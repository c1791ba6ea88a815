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
 * @param {Worker} worker the Worker (module type), created by the page
 * @param {unknown} data the model data (data/model.json), sent once
 * @returns {{request: (type: string, options: object, settings?: {lane?: string, onProgress?: (share: number) => void}) => Promise<any>}}
 *   type is "mc", "band", "tornado", "sobol" or "attribute" with the engine function's options;
 *   resolves null when a newer request in the same lane (default: the type) cancelled it, rejects
 *   with the engine's message for bad input; the result carries `milliseconds` spent in the worker
 */
export function analysisClient(worker, data) {
  /** @type {Map<number, {resolve: (value: any) => void, reject: (error: Error) => void, onProgress?: (share: number) => void, lane: string}>} */
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
 * The explorer's live band: annual 50% and 90% bands of `outputs` around a scenario and of its
 * difference from the baseline, from `runs` Latin hypercube draws, in the "band" lane, so each
 * call cancels the one before (resolves null). Runs on quarterly steps: about three times faster
 * than monthly, and the step-halving check keeps the annual values within 1% of the monthly
 * run's, far inside the band.
 *
 * @param {ReturnType<typeof analysisClient>} client
 * @param {import("./engine.js").ScenarioInput} scenario the explorer's current scenario (levers set on a preset)
 * @param {string[]} outputs output ids to band
 * @param {{runs?: number, seed?: number}} [options] runs (default 500); seed (default 1, fixed so the band only moves with the levers)
 */
export function liveBand(client, scenario, outputs, {runs = 500, seed = 1} = {}) {
  const quarterly = {...scenario, time: {...scenario.time, step: "quarter"}};
  return client.request("band", {scenario: quarterly, runs, seed, annual: true, outputs}, {lane: "band"});
}
