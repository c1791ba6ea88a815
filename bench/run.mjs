// `npm run bench`: the deterministic baseline run (monthly, 2023-2035, every output), Monte
// Carlo throughput and Monte Carlo at scale (1e5 and 1e6 runs, each in its own process), goal
// seek's cost per evaluation and CLI start-up, on the compiled engine the CLI runs. Run it on an
// otherwise idle machine; it takes about a quarter of an hour, most of it the two 1e6 rows.
import {execFileSync} from "node:child_process";
import {loadavg} from "node:os";
import {fileURLToPath} from "node:url";
import {quantile} from "simple-statistics";
import {engine} from "../lib/index.js";
import {benchGoalSeek} from "./goalSeek.mjs";
import {benchMonteCarlo} from "./monteCarlo.mjs";
import {referenceBuffers, referenceRun} from "./referenceLoop.mjs";
import {benchStartup} from "./startup.mjs";

/** Median wall time of `fn` in microseconds over `samples` batches of `batch` calls. */
function medianMicroseconds(fn, batch, samples) {
  const times = [];
  for (let s = 0; s < samples; s++) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push(((performance.now() - started) * 1000) / batch);
  }
  return quantile(times, 0.5);
}

// The reference loop is Euler: the ratio compares the compiled model under the same integrator.
const compiled = engine.compile({version: 1, extends: "baseline", time: {method: "euler"}});
const compiledDefault = engine.compile("baseline");
const into = new Float64Array(engine.outputs.length * (compiled.grid.steps + 1));
const run = () => compiled.runInto(into);
const runDefault = () => compiledDefault.runInto(into);
const simulateBaseline = () => engine.simulate("baseline");
const buffers = referenceBuffers();
const reference = () => referenceRun(buffers.y, buffers.dydt, buffers.result);
for (let i = 0; i < 3000; i++) run(); // let the JIT settle
for (let i = 0; i < 3000; i++) reference();
for (let i = 0; i < 300; i++) simulateBaseline();
for (let i = 0; i < 300; i++) runDefault();

// The compiled run and the reference loop alternate, so a slow spell of the shared machine
// weighs on both sides of their ratio.
const runTimes = [];
const referenceTimes = [];
for (let i = 0; i < 41; i++) {
  runTimes.push(medianMicroseconds(run, 200, 1));
  referenceTimes.push(medianMicroseconds(reference, 200, 1));
}
const perRun = quantile(runTimes, 0.5);
const perReference = quantile(referenceTimes, 0.5);
const perDefault = medianMicroseconds(runDefault, 50, 21);
const perSimulate = medianMicroseconds(simulateBaseline, 50, 21);
const stocks = engine.model.stocks.length;
console.log(`baseline run (monthly 2023-2035, ${compiled.grid.steps} steps, ${stocks} stocks, ${engine.outputs.length} outputs), load average ${loadavg()[0].toFixed(1)}`);
console.log(`  compiled run, Euler:       median ${perRun.toFixed(1)} us/run, ${Math.round(1e6 / perRun)} runs/s`);
console.log(`  reference loop:            median ${perReference.toFixed(1)} us/run (10 stocks, 156 monthly Euler steps, bench/referenceLoop.mjs)`);
console.log(`  compiled run / reference:  ${(perRun / perReference).toFixed(2)} (Euler against Euler; the model has ${stocks} stocks to the loop's 10)`);
console.log(`  compiled run, RK4 (default): median ${perDefault.toFixed(1)} us/run, ${(perDefault / perRun).toFixed(2)}x Euler (four derivative evaluations a step)`);
console.log(`  simulate("baseline"):      median ${perSimulate.toFixed(1)} us/run, ${(perSimulate / perDefault).toFixed(2)}x the compiled RK4 run (resolve + sample levers + run + annual tables)`);

const mc = await benchMonteCarlo(Number(process.env.SHAPAN_BENCH_RUNS ?? 20_000));
console.log(`Monte Carlo (${mc.runs} runs, baseline priors, annual headline outputs; ${mc.cpuMicrosecondsPerRun.toFixed(0)} us CPU per run)`);
console.log(`  one thread:  ${Math.round(mc.oneWorker)} runs/s (target >= 10000 per core)`);
console.log(`  two threads: ${Math.round(mc.twoWorkers)} runs/s, speed-up ${mc.speedup.toFixed(2)}x (target >= 1.8x); worker kept between batches`);
console.log(`               first batch, worker not yet warm: ${Math.round(mc.twoWorkersCold)} runs/s, speed-up ${mc.speedupCold.toFixed(2)}x`);

const seek = benchGoalSeek();
console.log(`Goal seek (${seek.evaluations} evaluations: the first three levers, a headline goal for 2026, fiscal cost the objective)`);
console.log(
  `  ${seek.microsecondsPerEvaluation.toFixed(1)} us per evaluation, ${(seek.microsecondsPerEvaluation / seek.bareMicroseconds).toFixed(2)}x a bare run to 2026 (${seek.bareMicroseconds.toFixed(1)} us)`
);

console.log("CLI start-up (median of 9 spawns each, alternating)");
for (const row of benchStartup(9)) console.log(`  ${row.command.padEnd(34)} ${row.milliseconds.toFixed(0).padStart(5)} ms  (${row.min.toFixed(0)}-${row.max.toFixed(0)})`);

// Each row in a process of its own, so that its peak memory is its own.
console.log("Monte Carlo at scale: shapan mc --out, headline outputs, all threads; the 1e6 rows take about 5 minutes each");
console.log("  targets: wall time <= 1.5x (runs / threads x one bare run), memory <= 1024 bytes a run above start-up");
console.log("     runs  step      threads   wall s    runs/s  x ideal  bytes/run  bands    load");
const scale = fileURLToPath(new URL("./monteCarloScale.mjs", import.meta.url));
for (const [runs, step] of [
  [100_000, "annual"],
  [100_000, "monthly"],
  [1_000_000, "annual"],
  [1_000_000, "monthly"]
]) {
  const r = JSON.parse(execFileSync(process.execPath, [scale, String(runs), step], {encoding: "utf8"}));
  console.log(
    `  ${String(r.runs).padStart(7)}  ${r.step.padEnd(8)}  ${String(r.threads).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${Math.round(r.runsPerSecond).toString().padStart(8)}  ${r.ratio.toFixed(2).padStart(7)}  ${Math.round(r.bytesPerRun).toString().padStart(9)}  ${r.sketched ? "sketch" : "exact "}  ${r.load.map((l) => l.toFixed(1)).join("-")}`
  );
}
console.log("  (x ideal: wall time over runs / threads x one bare run of the compiled baseline, timed in the same process just before)");
