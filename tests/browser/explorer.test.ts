import {copyFileSync, readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {countErrors, median, type OpenedPage, PHONE, PLOT, ROOT, shapan, useSite} from "./harness.js";

const site = useSite();

/** Opens a page of the site (path relative to the base, query included), waiting for its charts. */
const open = (path: string, options: {viewport?: {width: number; height: number}} = {}): Promise<OpenedPage> => site.open(path, {waitFor: PLOT, ...options});

const levers = JSON.parse(readFileSync(`${ROOT}data/levers.json`, "utf8")) as Array<{id: string; min: number; max: number; unit: string; default: unknown}>;
const publicCompute = levers.find((l) => l.id === "public_compute")! as {min: number; max: number; default: number};
const headline = ["market_bn_rmb", "providers_total", "providers_beijing", "compute_gap_pflops", "compute_gap_beijing_pflops", "quality_index", "fiscal_cost_bn_rmb"];

/** The `d` attributes of a chart's lines: what changes when its numbers do. */
function chartPaths(page: Page, output: string): Promise<string[]> {
  return page.locator(`[data-chart="${output}"] .shapan-tipped > svg g[aria-label=line] path`).evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
}

/** A chart's y-axis tick labels. */
function yTicks(page: Page, output: string): Promise<string[]> {
  return page.locator(`[data-chart="${output}"] .shapan-tipped > svg g[aria-label="y-axis tick label"] text`).allTextContents();
}

const lever = (page: Page, id: string) => page.locator(`[data-lever="${id}"]`);

/** Scripts the page has fetched (paths), for what was loaded and when. */
const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname));

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

/** Clicks a download button and returns the file's name and text. */
async function download(page: Page, selector: string): Promise<{name: string; text: string; path: string}> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).first().click()]);
  const path = (await file.path())!;
  return {name: file.suggestedFilename(), text: readFileSync(path, "utf8"), path};
}

/** An output (not a headline one) whose compute-push and baseline paths span two decades or more: its chart offers a log axis. */
function outputSpanningDecades(): string {
  const table = (scenario: string) =>
    shapan(["run", "--scenario", scenario, "--annual"])
      .trimEnd()
      .split("\n")
      .map((line) => line.split(","));
  const [push, base] = [table("compute-push"), table("baseline")];
  const ids = push[0].slice(1);
  const found = ids.find((id, j) => {
    if (headline.includes(id)) return false;
    const values = [...push.slice(1), ...base.slice(1)].map((row) => Number(row[j + 1]));
    return Math.min(...values) > 0 && Math.max(...values) / Math.min(...values) >= 100;
  });
  if (!found) throw new Error("no output spans two decades");
  return found;
}

describe("scenario explorer", () => {
  test("every lever is an input with a label, a baseline mark, its unit read out and a 32 px target; a chart per headline output; no mathjs or zod", async () => {
    for (const lang of ["en", "zh"]) {
      const opened = await open(`./explorer?lang=${lang}`);
      try {
        const {page} = opened;
        for (const {id} of levers) {
          const range = lever(page, id).locator("input[type=range]");
          await expect(range.count(), id).resolves.toBe(1);
          expect(await range.evaluate((r) => (r as HTMLInputElement).labels?.length), id).toBe(1);
          expect(
            await lever(page, id)
              .locator("input[type=text]")
              .evaluate((r) => (r as HTMLInputElement).labels?.length),
            id
          ).toBe(1);
          expect((await range.boundingBox())!.height, id).toBeGreaterThanOrEqual(32);
          await expect(lever(page, id).locator(".shapan-baseline-mark").count(), id).resolves.toBe(1);
        }
        const valueText = await lever(page, "public_compute").locator("input[type=range]").getAttribute("aria-valuetext");
        expect(valueText).toBe(`${publicCompute.default.toLocaleString("en")} PFLOPS/${lang === "zh" ? "年" : "yr"}`);
        // The baseline's mark sits where the baseline's value is on the track.
        const [mark, track] = await Promise.all([
          lever(page, "public_compute").locator(".shapan-baseline-mark").boundingBox(),
          lever(page, "public_compute").locator("input[type=range]").boundingBox()
        ]);
        expect((mark!.x - track!.x - 10) / (track!.width - 20)).toBeCloseTo((publicCompute.default - publicCompute.min) / (publicCompute.max - publicCompute.min), 1);
        for (const output of headline) expect(await page.locator(`[data-chart="${output}"] .shapan-tipped > svg`).count(), output).toBe(1);
        expect(await page.locator("[data-chart]").count()).toBe(headline.length);
        expect((await scripts(page)).filter((p) => /mathjs|scenarioCheck|zod/.test(p))).toEqual([]);
        expect(await countErrors(page)).toBe(0);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  test("moving a slider redraws the charts and updates the URL, which keeps the language", async () => {
    const opened = await open("./explorer?lang=zh");
    try {
      const {page} = opened;
      const before = await chartPaths(page, "compute_gap_pflops");
      await lever(page, "public_compute").locator("input[type=range]").fill("6000");
      await page.waitForFunction(() => location.search.includes("public_compute=6000"));
      await page.waitForFunction((old) => {
        const paths = [...document.querySelectorAll('[data-chart="compute_gap_pflops"] .shapan-tipped > svg g[aria-label=line] path')].map((p) => p.getAttribute("d"));
        return paths.join("|") !== old;
      }, before.join("|"));
      expect(new URL(page.url()).search).toBe("?public_compute=6000&lang=zh");
      await expect(lever(page, "public_compute").locator("input[type=text]").inputValue()).resolves.toBe("6000");
      await expect(page.locator(".shapan-changed-count").textContent()).resolves.toBe("（已改动 1 项）");
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("a URL restores levers (schedules included), the view, the cards' year and added charts", async () => {
    const extra = (JSON.parse(shapan(["outputs", "--format", "json"])) as Array<{id: string}>).map((o) => o.id).find((id) => !headline.includes(id))!;
    const opened = await open(`./explorer?scenario=compute-push&public_compute=3000&export_controls=2023:0.5,2025:0.9&talent=1.5&view=pct&year=2027&more=${extra}&lang=en`);
    try {
      const {page} = opened;
      await expect(page.locator("[data-preset]").inputValue()).resolves.toBe("compute-push");
      await expect(lever(page, "public_compute").locator("input[type=range]").inputValue()).resolves.toBe("3000");
      await expect(lever(page, "talent").locator("input[type=range]").inputValue()).resolves.toBe("1.5");
      await expect(lever(page, "export_controls").locator("input[type=text]").inputValue()).resolves.toBe("2023:0.5,2025:0.9");
      // A lever the URL leaves alone shows the preset's schedule.
      await expect(lever(page, "compute_subsidy").locator("input[type=text]").inputValue()).resolves.toBe("2023:0.05,2024:0.3");
      expect(await page.locator("[data-control=view] input:checked").inputValue()).toBe("pct");
      expect(await page.locator("[data-control=year]").inputValue()).toBe("2027");
      expect(await page.locator(`[data-chart="${extra}"] .shapan-tipped > svg`).count()).toBe(1);
      await expect(page.locator('[data-chart="market_bn_rmb"] h3').textContent()).resolves.toBe("%");
      expect(await page.locator(".shapan-error:not(:empty)").count()).toBe(0);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("a bad query value is reported beside its control, in the reader's language; the rest still renders", async () => {
    const query = "public_compute=-5&talent=banana(&regulation=0.6&scenario=nope&colour=blue";
    const opened = await open(`./explorer?${query}&lang=en`);
    try {
      const {page} = opened;
      await expect(lever(page, "public_compute").locator(".shapan-error").textContent()).resolves.toMatch(new RegExp(`public_compute must be between ${publicCompute.min} and ${publicCompute.max}`));
      await expect(lever(page, "talent").locator(".shapan-error").textContent()).resolves.toMatch(/talent/);
      await expect(page.locator(".shapan-preset .shapan-error").textContent()).resolves.toMatch(/names no preset "nope"/);
      await expect(page.locator(".shapan-notice").textContent()).resolves.toMatch(/Ignored \?colour is not a lever/);
      await expect(page.locator("[data-preset]").inputValue()).resolves.toBe("baseline");
      // Fallback to the baseline value, and the good value kept.
      await expect(lever(page, "public_compute").locator("input[type=text]").inputValue()).resolves.toBe(String(publicCompute.default));
      await expect(lever(page, "regulation").locator("input[type=range]").inputValue()).resolves.toBe("0.6");
      expect(await page.locator(PLOT).count()).toBe(headline.length);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
    const zh = await open(`./explorer?${query}&lang=zh`);
    try {
      const {page} = zh;
      const error = lever(page, "public_compute").locator(".shapan-error");
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, without the closed details' text
      await expect(error.innerText()).resolves.toMatch(/^链接中“公共算力平台新增”的取值无效，已改用起始情景的取值。/);
      // The engine's own words are there for those who open the details, marked as English.
      expect(await error.locator("details [lang=en]").textContent()).toMatch(/must be between 0 and 20000/);
      await expect(page.locator(".shapan-notice").textContent()).resolves.toBe("已忽略链接中的参数 ?colour：它不是政策杠杆。");
      await expect(page.locator(".shapan-preset .shapan-error").textContent()).resolves.toBe("链接中的预设情景不存在，已从基准情景开始。");
      expect(zh.problems()).toEqual([]);
    } finally {
      await zh.close();
    }
  });

  test("a schedule typed in a lever's field is applied; a bad one is reported and not applied", async () => {
    const opened = await open("./explorer?lang=zh");
    try {
      const {page} = opened;
      const field = lever(page, "compute_subsidy").locator("input[type=text]");
      await field.fill("2023:0.05,2026:0.4");
      await field.press("Enter");
      await page.waitForFunction(() => location.search.includes("compute_subsidy=2023:0.05,2026:0.4"));
      await field.fill("2023:0.05,2026:0.95");
      await field.press("Enter");
      // The engine's own words (which name the year) wait behind "详情" (details), marked as English.
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, without the closed details' text
      await expect(lever(page, "compute_subsidy").locator(".shapan-error").innerText()).resolves.toBe("“算力券补贴比例”的取值须在 0 至 0.8 之间。详情");
      expect(await lever(page, "compute_subsidy").locator(".shapan-error details [lang=en]").textContent()).toMatch(/at t = 2026/);
      expect(new URL(page.url()).search).toBe("?compute_subsidy=2023:0.05,2026:0.4&lang=zh");
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("mathjs loads when a formula is typed, not before; a formula in a link loads it at once", async () => {
    const opened = await open("./explorer?lang=en");
    try {
      const {page} = opened;
      expect((await scripts(page)).some((p) => p.includes("/mathjs."))).toBe(false);
      const field = lever(page, "talent").locator("input[type=text]");
      await field.fill("1 + 0.05 * (t - 2023)");
      await field.press("Enter");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("talent") === "1 + 0.05 * (t - 2023)");
      expect((await scripts(page)).some((p) => p.includes("/mathjs."))).toBe(true);
      await expect(lever(page, "talent").locator(".shapan-lever-value").textContent()).resolves.toBe("schedule");
      expect(await lever(page, "talent").locator(".shapan-error").textContent()).toBe("");
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
    const linked = await open(`./explorer?talent=${encodeURIComponent("1 + 0.05 * (t - 2023)")}&lang=en`);
    try {
      await expect(lever(linked.page, "talent").locator("input[type=text]").inputValue()).resolves.toBe("1 + 0.05 * (t - 2023)");
      expect(await linked.page.locator(".shapan-error:not(:empty)").count()).toBe(0);
      expect(linked.problems()).toEqual([]);
    } finally {
      await linked.close();
    }
  });

  test("downloads: the monthly CSV and JSON match `shapan run`, the scenario file runs, the annual table is the one on screen", async () => {
    const opened = await open("./explorer?scenario=beijing-plan&export_controls=2023:0.5,2025:0.9&lang=en");
    try {
      const {page} = opened;
      await lever(page, "talent").locator("input[type=range]").fill("1.5");
      await page.waitForFunction(() => location.search.includes("talent=1.5"));
      const set = ["--scenario", "beijing-plan", "--set", "export_controls=2023:0.5,2025:0.9", "--set", "talent=1.5"];
      const cli = shapan(["run", ...set]);
      const monthly = await download(page, "[data-download=csv]");
      expect(monthly.name).toBe("shapan-beijing-plan-export_controls-2023_0.5_2025_0.9-talent-1.5-monthly.csv");
      expect(csvMismatches(monthly.text, cli)).toEqual([]);

      const json = await download(page, "[data-download=json]");
      const browserJson = JSON.parse(json.text);
      const cliJson = JSON.parse(shapan(["run", ...set, "--format", "json"]));
      expect(browserJson.scenario).toEqual(cliJson.scenario);
      expect(browserJson.outputs).toEqual(cliJson.outputs);
      for (const [id, series] of Object.entries(cliJson.series as Record<string, number[]>)) {
        series.forEach((v, i) => expect(Math.abs(browserJson.series[id][i] - v), `${id}[${i}]`).toBeLessThanOrEqual(1e-12 * Math.abs(v)));
      }

      const scenario = await download(page, "[data-download=scenario]");
      expect(scenario.name).toBe("shapan-beijing-plan-export_controls-2023_0.5_2025_0.9-talent-1.5-scenario.json");
      copyFileSync(scenario.path, `${scenario.path}.json`); // the CLI reads scenario files by their extension
      expect(shapan(["run", "--scenario", `${scenario.path}.json`]) === cli).toBe(true);

      // The annual table: a comment line with the scenario and its link, units in the header, the
      // baseline and the difference beside each output, numbers rounded for reading.
      const annual = await download(page, "[data-download=annual]");
      expect(annual.name).toBe("shapan-beijing-plan-export_controls-2023_0.5_2025_0.9-talent-1.5-annual.csv");
      const [comment, header, ...rows] = annual.text.trimEnd().split("\n");
      expect(comment).toMatch(/^# Shapan scenario: Beijing plan, with export_controls=2023:0\.5,2025:0\.9, talent=1\.5\. http:\/\/.*explorer\?scenario=beijing-plan/);
      expect(header).toContain('Large-model market (bn RMB/yr),"Large-model market, baseline (bn RMB/yr)","Large-model market, difference (bn RMB/yr)","Large-model market, difference (%)"');
      expect(rows.length).toBe(13);
      const annualCli = shapan(["run", ...set, "--annual", "--outputs", "market_bn_rmb"])
        .trimEnd()
        .split("\n");
      const year2030 = rows.find((r) => r.startsWith("2030,"))!.split(",");
      const cli2030 = Number(annualCli.find((r) => r.startsWith("2030,"))!.split(",")[1]);
      expect(Number(year2030[1])).toBeCloseTo(Number(cli2030.toPrecision(4)), 6);
      expect(year2030[1].replace(/[-.]/g, "").replace(/^0+/, "").length).toBeLessThanOrEqual(4);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("each chart downloads as SVG and PNG, named after the scenario and the output", async () => {
    const opened = await open("./explorer?scenario=compute-push&public_compute=3000&lang=zh");
    try {
      const {page} = opened;
      const svg = await download(page, '[data-chart="market_bn_rmb"] [data-download=svg]');
      expect(svg.name).toBe("shapan-compute-push-public_compute-3000-market_bn_rmb.svg");
      expect(svg.text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(readFileSync(svg.path, "utf8")).toContain("大模型市场规模");
      const png = await download(page, '[data-chart="market_bn_rmb"] [data-download=png]');
      expect(png.name).toBe("shapan-compute-push-public_compute-3000-market_bn_rmb.png");
      expect(readFileSync(png.path).subarray(1, 4).toString()).toBe("PNG");
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("levels, differences and per cent; the cards' year; a chart added from the declarations, and its log axis", async () => {
    const wide = outputSpanningDecades();
    const opened = await open("./explorer?scenario=compute-push&lang=en");
    try {
      const {page} = opened;
      const card = page.locator('.shapan-figure[data-output="market_bn_rmb"]');
      await expect(card.locator(".shapan-figure-label").textContent()).resolves.toBe("Large-model market");
      const level2030 = await card.locator(".shapan-big").textContent();
      await expect(card.locator(".shapan-muted").textContent()).resolves.toMatch(/^\+[\d.,]+ \(\+[\d.]+%\) vs baseline$/);
      await page.locator("[data-control=year]").selectOption("2026");
      await page.waitForFunction(() => location.search.includes("year=2026"));
      expect(await card.locator(".shapan-big").textContent()).not.toBe(level2030);

      const levelTicks = await yTicks(page, "market_bn_rmb");
      await page.locator("[data-control=view] label", {hasText: "Difference %"}).click();
      await page.waitForFunction(() => location.search.includes("view=pct"));
      await page.waitForFunction(
        (old) => [...document.querySelectorAll('[data-chart="market_bn_rmb"] g[aria-label="y-axis tick label"] text')].map((t) => t.textContent).join() !== old,
        levelTicks.join()
      );
      await expect(page.locator('[data-chart="market_bn_rmb"] h3').textContent()).resolves.toBe("%");
      await page.locator("[data-control=view] label", {hasText: /^\s*Difference\s*$/}).click();
      await page.waitForFunction(() => location.search.includes("view=diff"));
      expect(await page.locator('[data-chart="market_bn_rmb"] .shapan-swatch').allTextContents()).toEqual(["Difference from baseline"]);

      // Any output can be charted, chosen among the declarations by subsystem; it is kept in the URL.
      await page.locator("[data-control=view] label", {hasText: "Levels"}).click();
      const groups = await page.locator("[data-control=add-chart] optgroup").evaluateAll((g) => g.map((x) => x.getAttribute("label")));
      expect(groups).toEqual(expect.arrayContaining(["Compute", "Providers", "Adoption and market"]));
      await page.locator("[data-control=add-chart]").selectOption(wide);
      await page.waitForFunction((id) => location.search.includes(`more=${id}`), wide);
      await page.waitForSelector(`[data-chart="${wide}"] .shapan-tipped > svg`);
      // Its values span decades: the chart offers a log axis (the headline ones here do not).
      expect(await page.locator('[data-chart="market_bn_rmb"] .shapan-small-toggle').isVisible()).toBe(false);
      const logToggle = page.locator(`[data-chart="${wide}"] .shapan-small-toggle input`);
      await expect(logToggle.isVisible()).resolves.toBe(true);
      await logToggle.check();
      await page.waitForFunction((id) => location.search.includes(`log=${id}`), wide);
      await page.locator(`[data-chart="${wide}"] [data-action=remove-chart]`).click();
      await page.waitForFunction(() => !location.search.includes("more="));
      expect(await page.locator(`[data-chart="${wide}"]`).count()).toBe(0);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the lever panel stays in view on a desktop; on a phone it is a closed sheet above the first chart", async () => {
    const desktop = await open("./explorer?lang=zh");
    try {
      const {page} = desktop;
      const top = (await page.locator(".shapan-panel").boundingBox())!.y;
      await page.mouse.wheel(0, 600);
      await page.waitForFunction(() => scrollY >= 600);
      const box = (await page.locator(".shapan-panel").boundingBox())!;
      expect(top).toBeGreaterThan(200); // below the page's title at first
      expect(box.y).toBeGreaterThanOrEqual(0); // then held at the top of the window
      expect(box.y).toBeLessThan(120);
      expect(await page.locator('[data-lever="public_compute"] input[type=range]').isVisible()).toBe(true);
      const columns = await page.locator(".shapan-charts").evaluate((g) => getComputedStyle(g).gridTemplateColumns.split(" ").length);
      expect(columns).toBeGreaterThanOrEqual(2);
    } finally {
      await desktop.close();
    }
    const phone = await open("./explorer?lang=zh", {viewport: PHONE});
    try {
      const {page} = phone;
      const panel = page.locator(".shapan-panel");
      expect(await panel.evaluate((p) => (p as HTMLDetailsElement).open)).toBe(false);
      const [sheet, chart] = await Promise.all([panel.boundingBox(), page.locator("[data-chart]").first().boundingBox()]);
      expect(sheet!.y + sheet!.height).toBeLessThan(chart!.y);
      console.log(`explorer on a phone: the lever sheet at ${Math.round(sheet!.y)} px, the first chart at ${Math.round(chart!.y)} px`);
      await page.locator(".shapan-panel > summary").click();
      expect(await panel.evaluate((p) => (p as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator('[data-lever="public_compute"] input[type=range]').isVisible()).toBe(true);
      expect(phone.problems()).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  test("printed, the controls go, each chart stays whole and the bands print", async () => {
    const opened = await open("./explorer?lang=en");
    try {
      const {page} = opened;
      await page.waitForSelector("[data-chart] .shapan-band", {timeout: 60_000});
      await page.emulateMedia({media: "print"});
      for (const selector of [".shapan-panel", "[data-control=view]", ".shapan-actions", ".shapan-chart-tools", "#observablehq-header"]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const charts = await page.locator(".shapan-chart").evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakInside));
      expect(charts.every((b) => b === "avoid")).toBe(true);
      expect(
        await page
          .locator(".shapan-band")
          .first()
          .evaluate((b) => getComputedStyle(b).printColorAdjust)
      ).toBe("exact");
      const pdf = await page.pdf({format: "A4"});
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await opened.close();
    }
  });

  test("a slider move redraws every chart quickly (median of 15 moves)", async () => {
    const opened = await open("./explorer?bands=0&lang=en");
    try {
      const {page} = opened;
      await page.setViewportSize({width: 1400, height: 1000});
      // Per move: ms from the input event to the charts' DOM being updated (the explorer's "redraw"
      // event), and to the next animation frame after that (the update on screen).
      const moves: Array<[number, number]> = await page.evaluate(async () => {
        const root = document.querySelector(".shapan-explorer") as HTMLElement;
        const range = document.querySelector('[data-lever="public_compute"] input[type=range]') as HTMLInputElement;
        const out: Array<[number, number]> = [];
        for (let i = 0; i < 16; i++) {
          const redrawn = new Promise<number>((resolve) => root.addEventListener("redraw", (e) => resolve((e as CustomEvent).detail.ms), {once: true}));
          range.value = String(1000 + i * 700);
          const event = new Event("input", {bubbles: true});
          range.dispatchEvent(event);
          const updated = await redrawn;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          out.push([updated, performance.now() - event.timeStamp]);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return out.slice(1); // the first move warms up the JIT
      });
      const times = moves.map((m) => m[0]);
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `explorer redraw after a slider move, median over ${times.length} moves: ${median(times).toFixed(1)} ms to charts updated ` +
          `(min ${sorted[0].toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}), ${median(moves.map((m) => m[1])).toFixed(1)} ms to the next frame`
      );
      // The aim is 60 ms and the requirement 100 ms on an idle machine; the bound here is loose so a
      // busy CI runner does not fail the build, while a real regression (a naive redraw) still does.
      expect(median(times)).toBeLessThan(250);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("a goal from goal seek's link is marked on its chart", async () => {
    const opened = await open(`./explorer?public_compute=5000&goal=${encodeURIComponent("compute_gap_beijing_pflops@2024 <= 0")}&lang=zh`);
    try {
      const {page} = opened;
      expect(await page.locator('[data-chart="compute_gap_beijing_pflops"] svg text', {hasText: "目标 ≤ 0"}).count()).toBe(1);
      expect(new URL(page.url()).searchParams.get("goal")).toBe("compute_gap_beijing_pflops@2024 <= 0");
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
