import type {Io} from "./command.js";

/**
 * A progress reporter for long batches: on a terminal, a bar redrawn in place on stderr at most
 * ten times a second; otherwise nothing until `finish`, which prints one summary line either way.
 *
 * @param io where to write (io.interactive says whether stderr is a terminal)
 * @param label what is counted, e.g. "shapan mc"
 * @returns `update(done, total)` for each step and `finish(note)` at the end
 * @example const bar = progressBar(io, "shapan mc"); bar.update(500, 1000); bar.finish("2 workers");
 */
export function progressBar(io: Io, label: string): {update(done: number, total: number): void; finish(note: string): void} {
  const started = performance.now();
  let drawn = 0;
  let last = {done: 0, total: 0};
  const width = 30;
  return {
    update(done, total) {
      last = {done, total};
      if (!io.interactive) return;
      const now = performance.now();
      if (done < total && now - drawn < 100) return;
      drawn = now;
      const filled = Math.round((done / total) * width);
      const rate = done / Math.max(1e-3, (now - started) / 1000);
      io.stderr(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} runs, ${Math.round(rate)}/s `);
    },
    finish(note) {
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(last.done / Math.max(1e-3, seconds));
      io.stderr(`${io.interactive ? "\r\x1b[K" : ""}${label}: ${last.done} runs in ${seconds.toFixed(2)} s (${rate} runs/s, ${note})\n`);
    }
  };
}
