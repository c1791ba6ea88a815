// CLI start-up: median wall time of spawning the binary for a trivial, a data-only and a
// computing command, beside `node -e ""` (what any Node process costs here). `npm run bench` calls
// benchStartup; `node bench/startup.mjs [SPAWNS]` runs it alone.
import {spawnSync} from "node:child_process";
import {fileURLToPath, pathToFileURL} from "node:url";
import {quantile} from "simple-statistics";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The commands timed, as argv after `node`. */
export const startupCommands = [
  ["-e", ""],
  ["bin/shapan.js", "--version"],
  ["bin/shapan.js", "levers"],
  ["bin/shapan.js", "run", "--annual"]
];

/**
 * Spawns each command `spawns` times, alternating, and takes the median wall time of each.
 *
 * @param {number} spawns spawns per command (default 9)
 * @returns {{command: string, milliseconds: number, min: number, max: number}[]} one row per command
 * @example (await benchStartup(5))[1].milliseconds // shapan --version
 */
export function benchStartup(spawns = 9) {
  const times = startupCommands.map(() => []);
  for (let s = 0; s < spawns; s++) {
    startupCommands.forEach((argv, c) => {
      const started = performance.now();
      const result = spawnSync(process.execPath, argv, {cwd: root, stdio: "ignore"});
      times[c].push(performance.now() - started);
      if (result.status !== 0) throw new Error(`node ${argv.join(" ")} exited ${result.status}`);
    });
  }
  return startupCommands.map((argv, c) => ({
    command: `node ${argv.map((a) => (a === "" ? '""' : a)).join(" ")}`,
    milliseconds: quantile(times[c], 0.5),
    min: Math.min(...times[c]),
    max: Math.max(...times[c])
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of benchStartup(Number(process.argv[2] ?? 9))) console.log(`${row.command.padEnd(34)} median ${row.milliseconds.toFixed(0)} ms (${row.min.toFixed(0)}-${row.max.toFixed(0)})`);
}
