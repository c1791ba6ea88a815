// One `shapan mc` at scale, measured in a process of its own so that its peak memory is its own:
// `node bench/monteCarloScale.mjs RUNS annual|monthly` prints one JSON line. `npm run bench` runs
// it for 1e5 and 1e6 runs (bench/run.mjs). Like the CLI, it runs the compiled engine in lib/.
import {mkdtempSync, rmSync} from "node:fs";
import {availableParallelism, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {quantile} from "simple-statistics";
import {main} from "../lib/cli/main.js";
import {engine} from "../lib/index.js";

const runs = Number(process.argv[2] ?? 100_000);
const step = process.argv[3] ?? "annual";
const threads = availableParallelism();

// One bare run: the compiled baseline (monthly, every output), no Monte Carlo machinery; the
// median of 31 batches of 200, after the JIT has settled.
const compiled = engine.compile("baseline");
const into = new Float64Array(compiled.size);
for (let i = 0; i < 3000; i++) compiled.runInto(into);
const batches = [];
for (let b = 0; b < 31; b++) {
  const started = performance.now();
  for (let i = 0; i < 200; i++) compiled.runInto(into);
  batches.push((performance.now() - started) / 200);
}
const bareMs = quantile(batches, 0.5);

// Start-up: the engine and its data loaded, as the CLI has them before it plans.
const startupRss = process.memoryUsage().rss;
const dir = mkdtempSync(join(tmpdir(), "shapan-bench-"));
let stderr = "";
const io = {stdout: () => {}, stderr: (text) => (stderr += text), interactive: false};
const argv = ["mc", "--runs", String(runs), "--seed", "1", "--workers", String(threads), "--out", join(dir, "bands.csv")];
if (step === "annual") argv.push("--annual");
const load = loadavg()[0];
const started = performance.now();
const code = await main(argv, io);
const seconds = (performance.now() - started) / 1000;
rmSync(dir, {recursive: true, force: true});
if (code !== 0) throw new Error(`shapan ${argv.join(" ")} exited ${code}: ${stderr}`);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    runs,
    step,
    threads,
    seconds,
    runsPerSecond: runs / seconds,
    bareMicroseconds: bareMs * 1000,
    ratio: seconds / ((runs / threads) * (bareMs / 1000)),
    bytesPerRun: (peakRss - startupRss) / runs,
    startupMegabytes: startupRss / 2 ** 20,
    sketched: stderr.includes("quantile sketches"),
    load: [load, loadavg()[0]]
  })
);
process.exit(0); // idle worker threads are unreferenced; exit without waiting for the event loop
