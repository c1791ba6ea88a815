// `npm run bench`: the deterministic baseline run (monthly, 2023-2035, every output) and Monte
// Carlo throughput, on the compiled engine the CLI runs. Run it on an otherwise idle machine.
import {loadavg} from "node:os";
import {quantile} from "simple-statistics";
import {engine} from "../lib/index.js";
import {benchMonteCarlo} from "./monteCarlo.mjs";
import {referenceBuffers, referenceRun} from "./referenceLoop.mjs";

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

const compiled = engine.compile("baseline");
const into = new Float64Array(engine.outputs.length * (compiled.grid.steps + 1));
const run = () => compiled.runInto(into);
const simulateBaseline = () => engine.simulate("baseline");
const buffers = referenceBuffers();
const reference = () => referenceRun(buffers.y, buffers.dydt, buffers.result);
for (let i = 0; i < 3000; i++) run(); // let the JIT settle
for (let i = 0; i < 3000; i++) reference();
for (let i = 0; i < 300; i++) simulateBaseline();

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
const perSimulate = medianMicroseconds(simulateBaseline, 50, 21);
console.log(`baseline run (monthly 2023-2035, ${compiled.grid.steps} steps, ${engine.outputs.length} outputs, Euler), load average ${loadavg()[0].toFixed(1)}`);
console.log(`  compiled scenario, run:    median ${perRun.toFixed(1)} us/run, ${Math.round(1e6 / perRun)} runs/s (target < 100 us)`);
console.log(`  reference loop:            median ${perReference.toFixed(1)} us/run (10 stocks, 156 monthly Euler steps, bench/referenceLoop.mjs)`);
console.log(`  compiled run / reference:  ${(perRun / perReference).toFixed(2)}`);
console.log(`  simulate("baseline"):      median ${perSimulate.toFixed(1)} us/run, ${(perSimulate / perRun).toFixed(2)}x the compiled run (resolve + sample levers + run + annual tables)`);

const mc = await benchMonteCarlo(Number(process.env.SHAPAN_BENCH_RUNS ?? 20_000));
console.log(`Monte Carlo (${mc.runs} runs, baseline priors, annual headline outputs; ${mc.cpuMicrosecondsPerRun.toFixed(0)} us CPU per run)`);
console.log(`  one thread:  ${Math.round(mc.oneWorker)} runs/s (target >= 10000 per core)`);
console.log(`  two threads: ${Math.round(mc.twoWorkers)} runs/s, speed-up ${mc.speedup.toFixed(2)}x (target >= 1.8x); worker kept between batches`);
console.log(`               first batch, worker not yet warm: ${Math.round(mc.twoWorkersCold)} runs/s, speed-up ${mc.speedupCold.toFixed(2)}x`);
