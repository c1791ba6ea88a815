import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {countErrors, median, PLOT, shapan, useSite, type OpenedPage} from "./harness.js";

// The explorer's live uncertainty bands: 500 Monte Carlo runs in mc.worker.js after every slider
// move, each request superseding the one before, drawn when they come.

const site = useSite();

/** The explorer's hooks (see components/explorer.js). */
interface BandHooks {
  __shapanBands: number;
  __shapanBandsSuperseded: number;
  __shapanBandMs: number;
  __shapanBandRuns: number;
  __shapanLastRedrawMs: number;
  __shapanBand: {query: string; result: {runs: number; time: Float64Array; bands: Record<string, {quantiles: Float64Array[]}>}};
}

/** The outputs drawn with bands, at least; the sector breakdown and fiscal cost have none. */
const BANDED = ["market_bn_rmb", "providers_general", "providers_beijing_general", "providers_beijing", "compute_gap_pflops", "compute_gap_beijing_pflops", "quality_index", "hallucination_rate"];
const UNBANDED = ["market_industrial_bn_rmb", "fiscal_cost_bn_rmb"];

/** Opens the explorer and waits for its first bands. */
async function openWithBands(path = "./explorer"): Promise<OpenedPage> {
  const opened = await site.open(path, {waitFor: PLOT});
  await opened.page.waitForSelector(".shapan-explorer[data-band-for]", {timeout: 60_000});
  return opened;
}

/** Band paths in the chart drawing an output. */
const bandCount = (page: Page, output: string) => page.locator(`[data-chart~="${output}"] .shapan-tipped > svg .shapan-band`).count();

describe("scenario explorer: live uncertainty bands", () => {
  test("banded charts draw a 90% and a 50% band from 500 runs behind the lines; the switch turns them off", async () => {
    const opened = await openWithBands();
    try {
      const {page} = opened;
      // A 90% and a 50% band per banded series, in its colour.
      for (const output of BANDED) {
        await expect(page.locator(`[data-band~="${output}"]`).count(), output).resolves.toBe(1);
        const banded = (await page.locator(`[data-chart~="${output}"]`).getAttribute("data-band"))!.split(" ");
        expect(await bandCount(page, output), output).toBe(2 * banded.length);
      }
      for (const output of UNBANDED) expect(await bandCount(page, output), output).toBe(0);
      expect(await page.evaluate(() => (window as unknown as BandHooks).__shapanBandRuns)).toBe(500);
      await expect(page.locator("[data-band-status]").textContent()).resolves.toMatch(/500 runs, 5–95% and 25–75%/);
      // Behind the lines: the bands' layer comes before the line marks in the plot.
      const order = await page.locator('[data-chart~="quality_index"] .shapan-tipped > svg > g[aria-label]').evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label")));
      expect(order.indexOf("uncertainty bands")).toBeGreaterThan(-1);
      expect(order.indexOf("uncertainty bands")).toBeLessThan(order.indexOf("line"));

      const lines = await page.locator(PLOT).count();
      await page.locator("[data-action=bands]").uncheck();
      await page.waitForFunction(() => document.querySelectorAll(".shapan-band").length === 0);
      expect(await page.locator(PLOT).count()).toBe(lines);
      await page.locator("[data-action=bands]").check();
      await page.waitForSelector('[data-chart~="quality_index"] .shapan-band', {timeout: 60_000});
      expect(await countErrors(page)).toBe(0);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("a slider move redraws the bands: median time over 7 moves with 500 runs", async () => {
    const opened = await openWithBands();
    try {
      const {page} = opened;
      await page.setViewportSize({width: 1400, height: 1000});
      await page.waitForFunction(() => document.querySelector(".shapan-explorer")?.getAttribute("data-band-for") === "");
      // Per move: ms from the input event to the bands drawn, to the lines drawn, and the runs.
      const moves: Array<[number, number, number]> = await page.evaluate(async () => {
        const w = window as unknown as BandHooks;
        const root = document.querySelector(".shapan-explorer") as HTMLElement;
        const range = document.querySelector('[data-lever="public_compute"] input[type=range]') as HTMLInputElement;
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const out: Array<[number, number, number]> = [];
        for (let i = 0; i < 8; i++) {
          range.value = String(2000 + i * 900);
          range.dispatchEvent(new Event("input", {bubbles: true}));
          const wanted = `?public_compute=${range.value}`;
          const deadline = performance.now() + 30_000;
          while (root.dataset.bandFor !== wanted) {
            if (performance.now() > deadline) throw new Error(`no band for ${wanted} after 30 s (shown: ${root.dataset.bandFor})`);
            await sleep(1);
          }
          out.push([w.__shapanBandMs, w.__shapanLastRedrawMs, w.__shapanBandRuns]);
          await sleep(100);
        }
        return out.slice(1); // the first move warms up the JIT
      });
      const bandMs = moves.map((m) => m[0]);
      const sorted = [...bandMs].sort((a, b) => a - b);
      console.log(
        `explorer band after a slider move (${moves[0][2]} runs), median over ${moves.length} moves: ${median(bandMs).toFixed(1)} ms to the bands redrawn ` +
          `(min ${sorted[0].toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}); lines redrawn in ${median(moves.map((m) => m[1])).toFixed(1)} ms median`
      );
      for (const [, , runs] of moves) expect(runs).toBe(500);
      // The target is 250 ms; the bound here only catches a band that no longer follows the slider.
      expect(median(bandMs)).toBeLessThan(1500);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("a second move while a band is computing supersedes it: the bands drawn are those of the final value, as `shapan mc` gives them", async () => {
    const opened = await openWithBands();
    try {
      const {page} = opened;
      const outcome = await page.evaluate(async () => {
        const w = window as unknown as BandHooks;
        const root = document.querySelector(".shapan-explorer") as HTMLElement;
        const range = document.querySelector('[data-lever="public_compute"] input[type=range]') as HTMLInputElement;
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const before = {drawn: w.__shapanBands, superseded: w.__shapanBandsSuperseded};
        // First move; once its lines are drawn (its band is then requested), the second move.
        const redrawn = new Promise((resolve) => root.addEventListener("redraw", resolve, {once: true}));
        range.value = "3000";
        range.dispatchEvent(new Event("input", {bubbles: true}));
        await redrawn;
        range.value = "9000";
        range.dispatchEvent(new Event("input", {bubbles: true}));
        const deadline = performance.now() + 30_000;
        while (root.dataset.bandFor !== "?public_compute=9000" && performance.now() < deadline) await sleep(2);
        await sleep(500); // a late band of the first move would be drawn by now
        const {query, result} = w.__shapanBand;
        const band = (id: string) => result.bands[id].quantiles.map((q) => Array.from(q));
        return {
          bandFor: root.dataset.bandFor,
          query,
          drawn: w.__shapanBands - before.drawn,
          superseded: w.__shapanBandsSuperseded - before.superseded,
          years: Array.from(result.time),
          market: band("market_bn_rmb"),
          gap: band("compute_gap_beijing_pflops")
        };
      });
      expect(outcome.bandFor).toBe("?public_compute=9000");
      expect(outcome.query).toBe("?public_compute=9000");
      expect(outcome.superseded).toBeGreaterThanOrEqual(1);
      expect(outcome.drawn).toBe(1);

      // The same bands from the CLI, to rounding (Node and Chromium round Math.exp/log differently in the last bit).
      const cli = JSON.parse(
        shapan([
          "mc",
          "--set",
          "public_compute=9000",
          "--runs",
          "500",
          "--seed",
          "1",
          "--step",
          "quarter",
          "--annual",
          "--outputs",
          "market_bn_rmb,compute_gap_beijing_pflops",
          "--workers",
          "1",
          "--format",
          "json"
        ])
      );
      expect(outcome.years).toEqual(cli.year);
      const keys = ["q05", "q25", "q50", "q75", "q95"];
      for (const [id, bands] of [
        ["market_bn_rmb", outcome.market],
        ["compute_gap_beijing_pflops", outcome.gap]
      ] as const) {
        keys.forEach((key, q) =>
          (cli.bands[id][key] as number[]).forEach((v, i) => expect(Math.abs(bands[q][i] - v), `${id} ${key} ${cli.year[i]}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v))))
        );
      }
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
