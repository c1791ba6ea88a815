import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {createSampleRunner, type SampleLayout, type SamplePlan} from "../engine/index.js";

/** How `runSamples` spreads a batch. */
export interface RunSamplesOptions {
  /**
   * Threads computing runs, integer in [1, 64]: the calling thread plus workers - 1 worker threads.
   * Default: the available cores.
   */
  workers?: number;
  /** Rows a thread claims at a time (default 32): smaller balances better at the end. */
  chunk?: number;
  /** Called with (runs done, runs) as chunks finish. */
  onProgress?: (done: number, runs: number) => void;
}

/** A finished batch: column-major values plus the deterministic row. */
export interface SampleBatch {
  layout: SampleLayout;
  /** Column-major runs × columns (see SampleLayout). */
  values: Float64Array;
  /** The scenario's own run, one value per column. */
  deterministic: Float64Array;
}

/** The most threads a batch may use. */
export const maximumWorkers = 64;

/** What a worker thread receives. */
export interface WorkerInput {
  plan: SamplePlan;
  /** Column-major results, shared. */
  values: Float64Array;
  /** [next unclaimed row, rows done], shared; claimed and counted with Atomics.add. */
  control: Int32Array;
  chunk: number;
}

/** What a worker thread posts: rows finished, the batch finished, or the error that stopped it. */
export type WorkerReply = {done: number} | {finished: true} | {error: string};

// Compiled, this module sits in lib/node beside the worker; run from source (vitest), it uses the
// compiled worker in lib/ (built by `npm test`'s pretest), since worker threads cannot load .ts.
const workerUrl = import.meta.url.endsWith(".ts") ? new URL("../../lib/node/monteCarloWorker.js", import.meta.url) : new URL("./monteCarloWorker.js", import.meta.url);

// Idle worker threads, kept between batches: starting one and warming its JIT costs about 100 ms,
// a seventh of a 20,000-run batch on two threads. Unreferenced while idle, so they never keep the
// process alive; a worker that failed is terminated, not kept.
const idle: Worker[] = [];

/**
 * Starts worker threads ahead of a batch, so that those it will need (workers - 1) are already
 * booted when it begins: the CLI calls this before it resolves and plans, which takes about as long
 * as a thread takes to start. Idle threads never keep the process alive.
 *
 * @param workers threads the coming batch will use, counting the calling one
 * @example startWorkers(2); // then, later: await runSamples(plan, {workers: 2})
 */
export function startWorkers(workers: number): void {
  for (let w = idle.length; w < Math.min(workers, maximumWorkers) - 1; w++) {
    const worker = newWorker();
    worker.unref();
    idle.push(worker);
  }
}

function newWorker(): Worker {
  const worker = new Worker(workerUrl);
  // A thread that stops (it should not) leaves the pool.
  worker.once("exit", () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  return worker;
}

/**
 * Runs every row of a plan's design on `workers` threads: the calling thread and workers - 1
 * `node:worker_threads` (lib/node/monteCarloWorker.js). All threads write straight into one
 * SharedArrayBuffer and claim rows in chunks from a shared counter (Atomics), so the calling
 * thread works while the workers start, and a fast thread takes more rows. Every row is computed
 * by the same `createSampleRunner` code from the same design row, so the values are bit-identical
 * whatever the number of threads or the order rows are claimed in.
 * Cost: runs engine runs spread over the threads; a new worker starts and warms up in about
 * 100 ms (it imports only the model and the integrators), and is kept for the next batch.
 *
 * @param plan what to run (shared with workers, design and results not copied)
 * @param options threads, chunk size, progress callback
 * @returns the layout, values and deterministic row
 * @throws RangeError if workers or chunk is out of range; Error with the worker's message if a
 *   worker fails
 * @example const {values, layout} = await runSamples(planMonteCarlo(engine, {scenario: "baseline", runs: 1000, seed: 1}).plan, {workers: 2});
 */
export async function runSamples(plan: SamplePlan, options: RunSamplesOptions = {}): Promise<SampleBatch> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > maximumWorkers) throw new RangeError(`workers must be an integer between 1 and ${maximumWorkers}, got ${workers}`);
  const chunk = options.chunk ?? 32;
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`chunk must be an integer >= 1, got ${chunk}`);
  const progress = options.onProgress ?? (() => {});
  const runner = createSampleRunner(plan);
  const {runs, columns} = runner.layout;
  const extra = Math.min(workers - 1, Math.ceil(runs / chunk) - 1);
  // Threads first: a new one takes about 40 ms to start, time this thread spends preparing.
  const threads = Array.from({length: extra}, () => idle.pop() ?? newWorker());
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let failure: Error | undefined;
  let finished = 0;
  let complete = false;
  let wake = () => {};
  const stopped = (code: number) => {
    failure ??= new Error(`a worker thread stopped (exit code ${code})`);
    wake();
  };
  for (const worker of threads) {
    worker.ref();
    worker.on("message", (reply: WorkerReply) => {
      if ("error" in reply) failure ??= new Error(reply.error);
      else if ("finished" in reply) finished++;
      else progress(Atomics.load(control, 1), runs);
      wake();
    });
    worker.on("error", (error) => {
      failure ??= error;
      wake();
    });
    worker.on("exit", stopped);
  }
  try {
    const deterministic = new Float64Array(columns);
    runner.run(undefined, deterministic, 1, 0);
    const shared = (length: number) => new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
    const values = extra > 0 ? new Float64Array(shared(runs * columns)) : new Float64Array(runs * columns);
    if (extra > 0) {
      const design = new Float64Array(shared(plan.design.length));
      design.set(plan.design);
      const input: WorkerInput = {plan: {...plan, design}, values, control, chunk};
      for (const worker of threads) worker.postMessage(input);
    }
    for (;;) {
      const from = Atomics.add(control, 0, chunk);
      if (from >= runs) break;
      const to = Math.min(runs, from + chunk);
      for (let r = from; r < to; r++) runner.runRow(r, values);
      progress(Atomics.add(control, 1, to - from) + to - from, runs);
    }
    // Every worker reports the batch finished, so none is still writing (or replying) when it
    // goes back to the pool.
    while (finished < threads.length && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    complete = true;
    progress(runs, runs);
    return {layout: runner.layout, values, deterministic};
  } finally {
    for (const worker of threads) worker.removeAllListeners("message").removeAllListeners("error").off("exit", stopped);
    if (complete) {
      for (const worker of threads) worker.unref();
      idle.push(...threads);
    } else await Promise.all(threads.map((t) => t.terminate()));
  }
}
