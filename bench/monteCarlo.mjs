// Monte Carlo throughput: runs per second on one thread and on two (`npm run bench` calls
// benchMonteCarlo; `node bench/monteCarlo.mjs [RUNS]` runs it alone). Like the CLI, it runs the
// compiled engine in lib/ (built by `npm ci`, `npm test` and `npm run bench`), so the calling
// thread and the worker threads run the same code.
import {availableParallelism, loadavg} from "node:os";
import {pathToFileURL} from "node:url";
import {engine, headlineOutputs, planMonteCarlo, runSamples, startWorkers} from "../lib/index.js";

/**
 * Times Monte Carlo batches of the baseline (monthly steps, 2023-2035, every parameter with a
 * prior sampled, the seven headline outputs recorded per year) on 1 and 2 threads, alternating,
 * best of seven each, and the first two-thread batch alone, whose worker (booted ahead, as
 * `shapan mc` does) runs its first rows before V8 has optimised them.
 *
 * @param {number} runs runs per batch (default 20000)
 * @returns µs per run (wall-clock and CPU), the load average while measuring, and runs per second
 *   on 1 and 2 threads with the speed-up, warm and for the first (cold) batch
 * @example const {oneWorker, twoWorkers} = await benchMonteCarlo(5000);
 */
export async function benchMonteCarlo(runs = 20_000) {
  // As shapan mc does: the worker thread boots while this one plans (its JIT is still cold).
  startWorkers(2);
  const {plan} = planMonteCarlo(engine, {scenario: "baseline", runs, seed: 1, annual: true, outputs: headlineOutputs});
  await runSamples(plan, {workers: 1}); // warm up the JIT
  const cpuStart = process.cpuUsage();
  await runSamples(plan, {workers: 1});
  const cpu = process.cpuUsage(cpuStart);
  const time = async (workers) => {
    const started = performance.now();
    await runSamples(plan, {workers});
    return performance.now() - started;
  };
  // The first two-thread batch warms the worker up (runSamples keeps it for later batches).
  const cold = await time(2);
  // One and two threads alternate, best of seven each, so that a slow spell of a shared machine
  // weighs on both sides of the speed-up (two threads need both cores out of one at once).
  let one = Infinity;
  let two = Infinity;
  for (let i = 0; i < 7; i++) {
    one = Math.min(one, await time(1));
    two = Math.min(two, await time(2));
  }
  return {
    runs,
    microsecondsPerRun: (one * 1000) / runs,
    cpuMicrosecondsPerRun: (cpu.user + cpu.system) / runs,
    load: loadavg()[0],
    oneWorker: (runs / one) * 1000,
    twoWorkers: (runs / two) * 1000,
    speedup: one / two,
    twoWorkersCold: (runs / cold) * 1000,
    speedupCold: one / cold
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchMonteCarlo(Number(process.argv[2] ?? 20_000));
  console.log(`Monte Carlo, baseline monthly, ${result.runs} runs per batch (best of 7):
  ${result.microsecondsPerRun.toFixed(0)} µs per run wall-clock, ${result.cpuMicrosecondsPerRun.toFixed(0)} µs CPU (load average ${result.load.toFixed(1)} on ${availableParallelism()} cores)
  1 thread:  ${Math.round(result.oneWorker)} runs/s  (target >= 10000 per core)
  2 threads: ${Math.round(result.twoWorkers)} runs/s  (${result.speedup.toFixed(2)}x; target >= 1.8x)
             first batch, worker not yet warm: ${Math.round(result.twoWorkersCold)} runs/s (${result.speedupCold.toFixed(2)}x)`);
}
