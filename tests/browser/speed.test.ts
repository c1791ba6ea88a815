import {mkdirSync, writeFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {DESKTOP, FIRST_CONTENT, median, ROOT, sitePaths, useSite} from "./harness.js";

// How fast each page opens, as a reader's browser opens it the first time (a fresh context, no
// cache), measured here rather than asserted in unit tests: the time from navigation to the
// page's first chart (or, on a page without one, its main content), the JavaScript downloaded
// before it (uncompressed), and for the explorer the time until a slider move redraws the
// charts. Medians of LOADS loads; the table goes to the log and to artifacts/load-times.md.
// Targets on an idle 2-core machine: first chart <= 1.5 s, explorer interactive <= 2 s, <= 1 MB
// of JavaScript before the first chart. The assertions are looser for time (a busy CI runner
// must not fail the build) and exact for bytes (which do not depend on the machine).

const LOADS = 3;
const site = useSite({base: "/shapan/"});

interface Load {
  firstContent: number;
  jsBytes: number;
  jsFiles: number;
  interactive?: number;
  mathjs: boolean;
  zod: boolean;
}

async function load(path: string): Promise<Load> {
  const context = await site.browser.newContext({viewport: DESKTOP, locale: "en-US"});
  try {
    const page = await context.newPage();
    const selector = FIRST_CONTENT[path];
    // Notes when the first content appears, in the page's own clock (0 = navigation start).
    await page.addInitScript((wanted) => {
      const w = window as unknown as {__firstContent?: number};
      const check = () => {
        if (w.__firstContent === undefined && document.querySelector(wanted)) {
          w.__firstContent = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, {childList: true, subtree: true});
    }, selector);
    await page.goto(new URL(`.${path}?lang=en`, site.url).href);
    await page.waitForFunction(() => (window as unknown as {__firstContent?: number}).__firstContent !== undefined, undefined, {timeout: 60_000});
    let interactive: number | undefined;
    if (path === "/explorer") {
      // Interactive: a slider move made as soon as the sliders exist has redrawn the charts.
      await page.waitForSelector(".shapan-lever input[type=range]");
      interactive = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const root = document.querySelector(".shapan-explorer") as HTMLElement;
            root.addEventListener("redraw", () => resolve(performance.now()), {once: true});
            const range = document.querySelector('[data-lever="public_compute"] input[type=range]') as HTMLInputElement;
            range.value = "3000";
            range.dispatchEvent(new Event("input", {bubbles: true}));
          })
      );
    }
    return await page.evaluate((extra) => {
      const first = (window as unknown as {__firstContent: number}).__firstContent;
      const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => /\.js(\?|$)/.test(r.name));
      const before = scripts.filter((r) => r.responseEnd <= first);
      return {
        firstContent: first,
        jsBytes: before.reduce((sum, r) => sum + r.decodedBodySize, 0),
        jsFiles: before.length,
        interactive: extra,
        mathjs: scripts.some((r) => /\/mathjs\.[0-9a-f]+\.js/.test(r.name)),
        zod: scripts.some((r) => /\/scenarioCheck\.[0-9a-f]+\.js|zod/.test(r.name))
      };
    }, interactive);
  } finally {
    await context.close();
  }
}

describe("load times, median of several cold loads per page", () => {
  test("every page's first chart, the JavaScript before it, and the explorer's first redraw", async () => {
    const rows: Array<{path: string; firstContent: number; jsBytes: number; jsFiles: number; interactive?: number}> = [];
    for (const path of sitePaths()) {
      const loads: Load[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await load(path));
      for (const l of loads) {
        expect(l.mathjs, `${path} loaded mathjs`).toBe(false);
        expect(l.zod, `${path} loaded zod`).toBe(false);
      }
      rows.push({
        path,
        firstContent: median(loads.map((l) => l.firstContent)),
        jsBytes: median(loads.map((l) => l.jsBytes)),
        jsFiles: median(loads.map((l) => l.jsFiles)),
        interactive: path === "/explorer" ? median(loads.map((l) => l.interactive ?? Infinity)) : undefined
      });
    }
    const lines = [
      `| page | first chart (ms, median of ${LOADS}) | JS before it (KB, uncompressed) | JS files | explorer interactive (ms) |`,
      "|---|---:|---:|---:|---:|",
      ...rows.map(
        (r) =>
          `| ${r.path} | ${Math.round(r.firstContent)}${r.firstContent > 1500 ? " (over 1500)" : ""} | ${Math.round(r.jsBytes / 1024)}${r.jsBytes > 1_000_000 ? " (over 1 MB)" : ""} | ${r.jsFiles} | ${
            r.interactive === undefined ? "" : `${Math.round(r.interactive)}${r.interactive > 2000 ? " (over 2000)" : ""}`
          } |`
      )
    ];
    console.log(lines.join("\n"));
    mkdirSync(`${ROOT}artifacts`, {recursive: true});
    writeFileSync(`${ROOT}artifacts/load-times.md`, `${lines.join("\n")}\n`);
    for (const r of rows) {
      expect(r.jsBytes, `${r.path}: JavaScript before the first chart`).toBeLessThanOrEqual(1_000_000);
      expect(r.firstContent, `${r.path}: first chart`).toBeLessThan(4500);
      if (r.interactive !== undefined) expect(r.interactive, "explorer interactive").toBeLessThan(6000);
    }
  });
});
