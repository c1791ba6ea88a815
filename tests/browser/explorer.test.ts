import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {countErrors, median, PLOT, ROOT, shapan, useSite, type OpenedPage} from "./harness.js";

const site = useSite();

/** Opens a page of the site (path relative to the base, query included), waiting for its charts if it has any. */
const open = (path: string, {charts = true} = {}): Promise<OpenedPage> => site.open(path, {waitFor: charts ? PLOT : undefined});

function expectClean(opened: OpenedPage) {
  expect(opened.problems()).toEqual([]);
}

/** The `d` attributes of a chart's lines: what changes when its numbers do. */
function chartPaths(page: Page, output: string): Promise<string[]> {
  return page.locator(`[data-chart~="${output}"] .shapan-tipped > svg path`).evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
}

const lever = (page: Page, id: string) => page.locator(`[data-lever="${id}"]`);

/**
 * Cells of two CSV files that differ by more than 1e-12 relative. ECMAScript leaves Math.exp and
 * Math.log implementation-approximated, and Node 20 and Chromium round about one argument in ten
 * differently in the last bit, so the browser's projection can differ from the CLI's by a few
 * 1e-15 relative (at most 5.5e-15 measured); anything larger is a real mismatch.
 */
function csvMismatches(a: string, b: string): string[] {
  const rows = (text: string) =>
    text
      .trimEnd()
      .split("\n")
      .map((line) => line.split(","));
  const [x, y] = [rows(a), rows(b)];
  if (x[0].join() !== y[0].join()) return [`headers differ: ${x[0].join()} vs ${y[0].join()}`];
  if (x.length !== y.length) return [`${x.length} rows vs ${y.length}`];
  const mismatches: string[] = [];
  x.forEach((row, i) =>
    row.forEach((cell, j) => {
      const [u, v] = [Number(cell), Number(y[i][j])];
      if (cell !== y[i][j] && !(Math.abs(u - v) <= 1e-12 * Math.max(Math.abs(u), Math.abs(v)))) mismatches.push(`row ${i} ${x[0][j]}: ${cell} vs ${y[i][j]}`);
    })
  );
  return mismatches;
}

describe("scenario explorer", () => {
  test("every lever has a control and every chart renders, with no errors", async () => {
    const opened = await open("./explorer");
    try {
      const {page} = opened;
      const ids = JSON.parse(readFileSync(`${ROOT}data/levers.json`, "utf8")).map((l: {id: string}) => l.id);
      for (const id of ids) await expect(lever(page, id).locator("input[type=range]").count()).resolves.toBe(1);
      expect(await page.locator("[data-chart]").count()).toBeGreaterThanOrEqual(9);
      expect(await page.locator(PLOT).count()).toBe(await page.locator("[data-chart]").count());
      for (const output of ["market_bn_rmb", "compute_gap_pflops", "compute_gap_beijing_pflops", "quality_index", "hallucination_rate", "fiscal_cost_bn_rmb", "providers_beijing"]) {
        expect(await page.locator(`[data-chart~="${output}"]`).count(), output).toBeGreaterThan(0);
      }
      expect(await countErrors(page)).toBe(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("moving a slider redraws the gap chart and updates the URL", async () => {
    const opened = await open("./explorer");
    try {
      const {page} = opened;
      const before = await chartPaths(page, "compute_gap_pflops");
      await lever(page, "public_compute").locator("input[type=range]").fill("6000");
      await page.waitForFunction(() => location.search.includes("public_compute=6000"));
      await page.waitForFunction((old) => {
        const paths = [...document.querySelectorAll('[data-chart~="compute_gap_pflops"] .shapan-tipped > svg path')].map((p) => p.getAttribute("d"));
        return paths.join("|") !== old;
      }, before.join("|"));
      expect(await chartPaths(page, "compute_gap_pflops")).not.toEqual(before);
      expect(new URL(page.url()).search).toBe("?public_compute=6000");
      await expect(lever(page, "public_compute").locator("input[type=text]").inputValue()).resolves.toBe("6000");
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a URL with lever values restores them, schedules included", async () => {
    const opened = await open("./explorer?scenario=compute-push&public_compute=3000&export_controls=2023:0.5,2025:0.9&talent=1.5");
    try {
      const {page} = opened;
      await expect(page.locator("[data-preset]").inputValue()).resolves.toBe("compute-push");
      await expect(lever(page, "public_compute").locator("input[type=range]").inputValue()).resolves.toBe("3000");
      await expect(lever(page, "talent").locator("input[type=range]").inputValue()).resolves.toBe("1.5");
      await expect(lever(page, "export_controls").locator("input[type=text]").inputValue()).resolves.toBe("2023:0.5,2025:0.9");
      // A lever the URL leaves alone shows the preset's schedule.
      await expect(lever(page, "compute_subsidy").locator("input[type=text]").inputValue()).resolves.toBe("2023:0.05,2024:0.3");
      expect(await page.locator(".shapan-error:not(:empty)").count()).toBe(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a bad query value is reported beside its control; the rest still renders", async () => {
    const opened = await open("./explorer?public_compute=-5&talent=banana(&regulation=0.6&scenario=nope&colour=blue");
    try {
      const {page} = opened;
      await expect(lever(page, "public_compute").locator(".shapan-error").textContent()).resolves.toMatch(/public_compute must be between 0 and 20000/);
      await expect(lever(page, "talent").locator(".shapan-error").textContent()).resolves.toMatch(/talent/);
      await expect(page.locator(".shapan-preset .shapan-error").textContent()).resolves.toMatch(/names no preset "nope"/);
      await expect(page.locator(".shapan-notice").textContent()).resolves.toMatch(/Ignored \?colour is not a lever/);
      await expect(page.locator("[data-preset]").inputValue()).resolves.toBe("baseline");
      // Fallback to the baseline value, and the good value kept.
      await expect(lever(page, "public_compute").locator("input[type=text]").inputValue()).resolves.toBe("1500");
      await expect(lever(page, "regulation").locator("input[type=range]").inputValue()).resolves.toBe("0.6");
      expect(await page.locator(PLOT).count()).toBeGreaterThanOrEqual(9);
      expect(await countErrors(page)).toBe(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a schedule typed in a lever's field is applied; a bad one is reported and not applied", async () => {
    const opened = await open("./explorer");
    try {
      const {page} = opened;
      const field = lever(page, "compute_subsidy").locator("input[type=text]");
      await field.fill("2023:0.05,2026:0.4");
      await field.press("Enter");
      await page.waitForFunction(() => location.search.includes("compute_subsidy=2023:0.05,2026:0.4"));
      await field.fill("2023:0.05,2026:0.95");
      await field.press("Enter");
      await expect(lever(page, "compute_subsidy").locator(".shapan-error").textContent()).resolves.toMatch(/between 0 and 0.8/);
      expect(new URL(page.url()).search).toBe("?compute_subsidy=2023:0.05,2026:0.4");
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("the CSV and JSON downloads match `shapan run` for the same scenario", async () => {
    const opened = await open("./explorer?scenario=beijing-plan&export_controls=2023:0.5,2025:0.9");
    try {
      const {page} = opened;
      await lever(page, "talent").locator("input[type=range]").fill("1.5");
      await page.waitForFunction(() => location.search.includes("talent=1.5"));
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-download=csv]").click()]);
      const downloaded = readFileSync(await download.path(), "utf8");
      const cli = shapan(["run", "--scenario", "beijing-plan", "--set", "export_controls=2023:0.5,2025:0.9", "--set", "talent=1.5"]);
      expect(downloaded.length).toBeGreaterThan(1000);
      expect(csvMismatches(downloaded, cli)).toEqual([]);

      // So does the JSON download `shapan run --format json`: same scenario and outputs, same numbers.
      const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.locator("[data-download=json]").click()]);
      const browserJson = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
      const cliJson = JSON.parse(shapan(["run", "--scenario", "beijing-plan", "--set", "export_controls=2023:0.5,2025:0.9", "--set", "talent=1.5", "--format", "json"]));
      expect(browserJson.scenario).toEqual(cliJson.scenario);
      expect(browserJson.outputs).toEqual(cliJson.outputs);
      for (const [id, series] of Object.entries(cliJson.series as Record<string, number[]>)) {
        series.forEach((v, i) => expect(Math.abs(browserJson.series[id][i] - v), `${id}[${i}]`).toBeLessThanOrEqual(1e-12 * Math.abs(v)));
      }

      // The scenario file runs with `shapan run --scenario FILE` to the same projection.
      const [scenarioDownload] = await Promise.all([page.waitForEvent("download"), page.locator("[data-download=scenario]").click()]);
      const file = `${await scenarioDownload.path()}.json`;
      await scenarioDownload.saveAs(file);
      expect(shapan(["run", "--scenario", file]) === cli).toBe(true);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a slider move redraws every chart quickly (median of 15 moves)", async () => {
    const opened = await open("./explorer");
    try {
      const {page} = opened;
      await page.setViewportSize({width: 1400, height: 1000});
      await page.waitForFunction(() => (window as unknown as {__shapanRedraws: number}).__shapanRedraws > 0);
      // Per move: ms from the input event to the charts' DOM being updated (the widget's own
      // measure), and to the next animation frame after that (the update on screen).
      const moves: Array<[number, number]> = await page.evaluate(async () => {
        const w = window as unknown as {__shapanRedraws: number; __shapanLastRedrawMs: number};
        const range = document.querySelector('[data-lever="public_compute"] input[type=range]') as HTMLInputElement;
        const out: Array<[number, number]> = [];
        for (let i = 0; i < 16; i++) {
          const before = w.__shapanRedraws;
          range.value = String(1000 + i * 700);
          const event = new Event("input", {bubbles: true});
          range.dispatchEvent(event);
          while (w.__shapanRedraws === before) await new Promise((resolve) => setTimeout(resolve, 1));
          const updated = w.__shapanLastRedrawMs;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          out.push([updated, performance.now() - event.timeStamp]);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return out.slice(1); // the first move warms up the JIT
      });
      const times = moves.map((m) => m[0]);
      const sorted = [...times].sort((a, b) => a - b);
      const medianMs = median(times);
      console.log(
        `explorer redraw after a slider move, median over ${times.length} moves: ${medianMs.toFixed(1)} ms to charts updated ` +
          `(min ${sorted[0].toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}), ${median(moves.map((m) => m[1])).toFixed(1)} ms to the next frame`
      );
      // The aim is 60 ms and the requirement 100 ms on an idle machine; the bound here is loose so a
      // busy CI runner does not fail the build, while a real regression (a naive redraw) still does.
      expect(medianMs).toBeLessThan(250);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe("compare, method and sources", () => {
  test("compare draws one line per chosen preset and a table of differences", async () => {
    const opened = await open("./compare");
    try {
      const {page} = opened;
      expect(await page.locator(PLOT).count()).toBe(7);
      const rows = await page.locator('[data-table="differences"] tbody tr').count();
      expect(rows).toBe(7 * 3); // seven outputs at three default years
      await page.getByLabel("Open data").check();
      await page.waitForFunction(() => document.querySelectorAll('[data-table="differences"] thead th').length === 3 + 2 * 3);
      await page.getByLabel("Open data").uncheck();
      // A saved scenario file joins the comparison; a bad one is reported and left out.
      const file = (name: string, scenario: object) => ({name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(scenario))});
      await page
        .locator("input[type=file]")
        .setInputFiles([file("mine.json", {version: 1, name: "mine", extends: "baseline", levers: {talent: 1.5}}), file("bad.json", {version: 1, levers: {talent: 9}})]);
      await page.waitForFunction(() => document.querySelectorAll('[data-table="differences"] thead th').length === 3 + 2 * 3);
      await expect(page.locator('[data-table="differences"] thead').textContent()).resolves.toContain("mine");
      await expect(page.locator(".shapan-error").first().textContent()).resolves.toMatch(/bad.json: levers.talent must be between 0.5 and 2/);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("method shows the structure, the feedback loops and every equation", async () => {
    const opened = await open("./method", {charts: false});
    try {
      const {page} = opened;
      expect(await page.locator(".shapan-structure .shapan-node").count()).toBeGreaterThan(15);
      expect(await page.locator(".shapan-structure .shapan-edge").count()).toBeGreaterThan(20);
      expect(await page.locator('.shapan-loops li[data-loop="compute_demand_pflops>compute_gap_pflops>compute_price_index"]').count()).toBe(1);
      expect(await page.locator(".shapan-equation").count()).toBeGreaterThan(20);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("sources lists every seed figure and the calibration table", async () => {
    const opened = await open("./sources", {charts: false});
    try {
      const {page} = opened;
      const facts = JSON.parse(readFileSync(`${ROOT}data/seed-facts.json`, "utf8")) as Array<{id: string}>;
      const text = await page.locator("#observablehq-main").textContent();
      for (const fact of facts) expect(text).toContain(fact.id);
      expect(await page.locator("#source-whitepaper").count()).toBe(1);
      expect(await page.locator("text=within tolerance").count()).toBeGreaterThan(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
