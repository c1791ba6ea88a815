import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {
  createSampleRunner,
  createSketchRunner,
  maximumValues,
  type QuantileSketch,
  type QuantileSketchState,
  type SampleLayout,
  type SamplePlan,
  type SampleRunner,
  type SketchedSamples,
  sampleParameters,
  sharedArray,
  sketchesQuantiles,
  type DesignPart,
  type DrawDesign,
  type UncertainParameter
} from "../engine/index.js";

/** How `runSamples` spreads a batch. */
export interface RunSamplesOptions {
  /**
   * Threads computing runs, integer in [1, 64]: the calling thread plus workers - 1 worker threads.
   * Default: the available cores.
   */
  workers?: number;
  /** Rows a thread claims at a time (default 32; a sketched batch claims its block size): smaller balances better at the end. */
  chunk?: number;
  /** Called with (runs done, runs) as chunks finish. */
  onProgress?: (done: number, runs: number) => void;
  /** runMonteCarloBatch: the most series values kept to band exactly (default maximumExactValues; see sketchesQuantiles). */
  exactValues?: number;
}

/** A finished batch: column-major values plus the deterministic row. */
export interface SampleBatch {
  layout: SampleLayout;
  /** Column-major runs × columns (see SampleLayout). */
  values: Float64Array;
  /** The scenario's own run, one value per column. */
  deterministic: Float64Array;
}

/** A finished Monte Carlo batch: its values (kept), or the sketch of its series and its goal values (too large to keep). */
export interface MonteCarloBatch {
  layout: SampleLayout;
  samples: Float64Array | SketchedSamples;
  /** The scenario's own run, one value per column. */
  deterministic: Float64Array;
}

/** The most threads a batch may use. */
export const maximumWorkers = 64;

/** What a worker thread receives: where its rows' values go (kept), or the sketch's centres and where goal values go. */
export interface WorkerInput {
  plan: SamplePlan;
  /** [next unclaimed row, rows done], shared; claimed and counted with Atomics.add. */
  control: Int32Array;
  chunk: number;
  /** Column-major results, shared (a kept batch). */
  values?: Float64Array;
  /** The sketch's centres (taken by the calling thread) and the shared goal values (a sketched batch). */
  sketch?: {centres: Float64Array; goals: Float64Array};
}

/**
 * What a worker thread receives to draw part of a design: it draws the columns, sets
 * `done[slot]` to 1 (drawn) or 2 (failed), then adds 1 to `done[0]` and notifies it.
 */
export interface DesignTask {
  parameters: readonly UncertainParameter[];
  runs: number;
  seed: number;
  part: DesignPart;
  done: Int32Array;
  slot: number;
}

/** What a worker thread posts: rows finished, the batch finished (with its sketch), or the error that stopped it. */
export type WorkerReply = {done: number} | {finished: true; sketch?: QuantileSketchState} | {error: string};

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
 * A design drawer for planMonteCarlo that shares the drawing between this thread and up to
 * workers - 1 idle worker threads of the pool (start them with `startWorkers` first; none idle,
 * this thread draws alone). Each thread draws a contiguous range of parameters straight into one
 * SharedArrayBuffer, its generator started where its range's draws begin (`sampleParameters`'s
 * part), so the design is the one `sampleParameters` draws, bit for bit. This thread waits for the
 * others with Atomics.wait (planning is synchronous), and draws itself any part a worker failed to
 * draw or had not drawn a minute after this thread finished its own.
 * Cost: the drawing divided among the threads, plus skipping the draws before each range (about
 * a sixth of drawing them); below 2^20 values, one thread draws alone.
 *
 * @param workers threads to use, counting this one, integer in [1, 64]
 * @returns a drawer for planMonteCarlo
 * @example startWorkers(2); planMonteCarlo(engine, {scenario: "baseline", runs: 1e6, seed: 1}, sampleParametersOnThreads(2))
 */
export function sampleParametersOnThreads(workers: number): DrawDesign {
  return (parameters, runs, seed) => {
    const k = parameters.length;
    const helpers = idle.slice(0, Math.max(0, Math.min(workers - 1, Math.floor(k / 8) - 1))); // eight columns or more each
    if (helpers.length === 0 || runs * k < 2 ** 20) return sampleParameters(parameters, runs, seed);
    const into = sharedArray(Float32Array, runs * k);
    const ranges = designRanges(k, helpers.length + 1);
    // [parts finished, then one status per helper: 0 drawing, 1 drawn, 2 failed]
    const done = new Int32Array(new SharedArrayBuffer((1 + helpers.length) * Int32Array.BYTES_PER_ELEMENT));
    helpers.forEach((worker, w) => worker.postMessage({design: {parameters, runs, seed, part: {into, columns: ranges[w + 1]}, done, slot: w + 1} satisfies DesignTask}));
    sampleParameters(parameters, runs, seed, {into, columns: ranges[0]});
    const deadline = performance.now() + 60_000;
    for (let finished = Atomics.load(done, 0); finished < helpers.length && performance.now() < deadline; finished = Atomics.load(done, 0)) {
      Atomics.wait(done, 0, finished, 1000);
    }
    // A part not drawn (a worker failed or is stuck) is drawn here: the same values, whoever writes them.
    helpers.forEach((_, w) => {
      if (Atomics.load(done, w + 1) !== 1) sampleParameters(parameters, runs, seed, {into, columns: ranges[w + 1]});
    });
    return into;
  };
}

/**
 * Contiguous column ranges for `threads` threads, the later ones a little shorter: a range
 * starting at column j first skips j columns' draws, about a sixth of the cost of drawing them.
 * (Threads share a cache line of a row only at a boundary, and write it at different times: the
 * first thread last, the next first.)
 */
function designRanges(columns: number, threads: number): Array<[number, number]> {
  const skip = 1 / 6;
  // Thread t costs (columns it draws) + skip · (its first column): equal costs C.
  const ends = (cost: number) => {
    const result: number[] = [];
    let from = 0;
    for (let t = 0; t < threads; t++) result.push((from = from + cost - skip * from));
    return result;
  };
  let low = 0;
  let high = columns;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (ends(mid)[threads - 1] < columns) low = mid;
    else high = mid;
  }
  const bounds = [0, ...ends(high).map((e) => Math.min(columns, Math.round(e)))];
  bounds[threads] = columns;
  return Array.from({length: threads}, (_, t) => [bounds[t], Math.max(bounds[t], bounds[t + 1])] as [number, number]);
}

/**
 * Runs every row of a plan's design on `workers` threads: the calling thread and workers - 1
 * `node:worker_threads` (lib/node/monteCarloWorker.js). All threads write straight into one
 * SharedArrayBuffer and claim rows in chunks from a shared counter (Atomics), so the calling
 * thread works while the workers start, and a fast thread takes more rows. The design goes to the
 * workers without a copy when it is shared already (planMonteCarlo draws it so). Every row is
 * computed by the same `createSampleRunner` code from the same design row, so the values are
 * bit-identical whatever the number of threads or the order rows are claimed in.
 * Cost: runs engine runs spread over the threads; a new worker starts and warms up in about
 * 100 ms (it imports only the model and the integrators), and is kept for the next batch.
 *
 * @param plan what to run (shared with workers, design and results not copied)
 * @param options threads, chunk size, progress callback
 * @returns the layout, values and deterministic row
 * @throws RangeError if workers or chunk is out of range, or the batch would hold more than
 *   `maximumValues` values (a Monte Carlo sketches it instead: `runMonteCarloBatch`); Error with
 *   the worker's message if a worker fails
 * @example const {values, layout} = await runSamples(planMonteCarlo(engine, {scenario: "baseline", runs: 1000, seed: 1}).plan, {workers: 2});
 */
export async function runSamples(plan: SamplePlan, options: RunSamplesOptions = {}): Promise<SampleBatch> {
  const {layout, deterministic, result} = await runOnThreads(plan, options, (runner) => keep(runner, options));
  return {layout, values: result, deterministic};
}

/**
 * Runs every row of a Monte Carlo plan as `runSamples` does when the batch is small enough to keep
 * (`sketchesQuantiles`); otherwise each thread adds its rows' series to its own quantile sketch
 * (createSketchRunner) and keeps only goal values, and the sketches are merged here when every row
 * has run. Sketches merge exactly, so the result is bit-identical whatever the number of threads.
 * Cost: as runSamples; a sketched batch adds about 10 ns per recorded series value and takes 34 KB
 * per recorded series value and thread, plus 8 bytes per run and goal, whatever the runs.
 *
 * @param plan what to run
 * @param options threads, chunk size (a sketched batch claims a sketch block at a time) and progress callback
 * @returns the layout, the values (kept) or the merged sketch with the goal values (sketched), and
 *   the deterministic row
 * @throws as runSamples
 * @example const {samples} = await runMonteCarloBatch(planMonteCarlo(engine, {scenario: "baseline", runs: 1e6, seed: 1}).plan, {workers: 2});
 */
export async function runMonteCarloBatch(plan: SamplePlan, options: RunSamplesOptions = {}): Promise<MonteCarloBatch> {
  let merged: QuantileSketch | undefined;
  return runOnThreads<Float64Array | SketchedSamples>(
    plan,
    options,
    (runner) => {
      const {runs, columns} = runner.layout;
      if (!sketchesQuantiles(runs, columns - plan.goals.length, options.exactValues)) return keep(runner, options);
      const goals = sharedArray(Float64Array, runs * plan.goals.length);
      // This thread runs the first block to take the centres, before any worker starts.
      const rows = createSketchRunner(plan, runner, goals);
      merged = rows.sketch;
      return {chunk: rows.blockRows, done: rows.done, input: {sketch: {centres: rows.centres, goals}}, runRows: rows.runRows, finish: () => ({sketch: rows.sketch, goals})};
    },
    (reply) => {
      if (reply.sketch) merged!.merge(reply.sketch);
    }
  ).then(({layout, deterministic, result}) => ({layout, samples: result, deterministic}));
}

/** A kept batch: every row's values in one shared array. */
function keep(runner: SampleRunner, options: RunSamplesOptions): BatchKind<Float64Array> {
  const {runs, columns} = runner.layout;
  if (runs * columns > maximumValues) {
    throw new RangeError(`runs × recorded values must be at most ${maximumValues.toLocaleString("en")}, got ${runs} × ${columns}; record fewer outputs, annual values or fewer runs`);
  }
  const values = sharedArray(Float64Array, runs * columns);
  return {
    chunk: options.chunk ?? 32,
    input: {values},
    runRows: (from, to) => {
      for (let r = from; r < to; r++) runner.runRow(r, values);
    },
    finish: () => values
  };
}

/** How one kind of batch runs on the calling thread, and what its workers receive. */
interface BatchKind<T> {
  chunk: number;
  /** Rows run already, from row 0 (a sketched batch's first block). */
  done?: number;
  input: Pick<WorkerInput, "values" | "sketch">;
  runRows(from: number, to: number): void;
  finish(): T;
}

/**
 * The thread pool both kinds of batch share: claims rows in chunks from a shared counter on the
 * calling thread and on workers - 1 worker threads, reports progress, and collects each worker's
 * end-of-batch reply.
 */
async function runOnThreads<T>(
  plan: SamplePlan,
  options: RunSamplesOptions,
  kind: (runner: SampleRunner) => BatchKind<T>,
  onFinished: (reply: {finished: true; sketch?: QuantileSketchState}) => void = () => {}
): Promise<{layout: SampleLayout; deterministic: Float64Array; result: T}> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > maximumWorkers) throw new RangeError(`workers must be an integer between 1 and ${maximumWorkers}, got ${workers}`);
  if (options.chunk !== undefined && !(Number.isInteger(options.chunk) && options.chunk >= 1)) throw new RangeError(`chunk must be an integer >= 1, got ${options.chunk}`);
  const progress = options.onProgress ?? (() => {});
  const runner = createSampleRunner(plan);
  const {runs, columns} = runner.layout;
  const deterministic = new Float64Array(columns);
  runner.run(undefined, deterministic, 1, 0);
  const batch = kind(runner);
  const {chunk} = batch;
  const extra = Math.max(0, Math.min(workers - 1, Math.ceil((runs - (batch.done ?? 0)) / chunk) - 1));
  const threads = Array.from({length: extra}, () => idle.pop() ?? newWorker());
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  control[0] = control[1] = batch.done ?? 0;
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
      else if ("finished" in reply) {
        finished++;
        onFinished(reply);
      } else progress(Atomics.load(control, 1), runs);
      wake();
    });
    worker.on("error", (error) => {
      failure ??= error;
      wake();
    });
    worker.on("exit", stopped);
  }
  try {
    if (extra > 0) {
      // A design drawn elsewhere (a Sobol design, kept calibration draws) is copied into shared memory once.
      let {design} = plan;
      if (!(design.buffer instanceof SharedArrayBuffer)) {
        const drawn = design;
        design = drawn instanceof Float32Array ? sharedArray(Float32Array, drawn.length) : sharedArray(Float64Array, drawn.length);
        design.set(drawn);
      }
      const input: WorkerInput = {plan: {...plan, design}, control, chunk, ...batch.input};
      for (const worker of threads) worker.postMessage(input);
    }
    for (;;) {
      const from = Atomics.add(control, 0, chunk);
      if (from >= runs) break;
      const to = Math.min(runs, from + chunk);
      batch.runRows(from, to);
      progress(Atomics.add(control, 1, to - from) + to - from, runs);
    }
    // Every worker reports the batch finished, so none is still writing (or replying) when it
    // goes back to the pool.
    while (finished < threads.length && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    complete = true;
    progress(runs, runs);
    return {layout: runner.layout, deterministic, result: batch.finish()};
  } finally {
    for (const worker of threads) worker.removeAllListeners("message").removeAllListeners("error").off("exit", stopped);
    if (complete) {
      for (const worker of threads) worker.unref();
      idle.push(...threads);
    } else await Promise.all(threads.map((t) => t.terminate()));
  }
}
