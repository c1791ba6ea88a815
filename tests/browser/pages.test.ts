import {mkdirSync, readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {countErrors, DESKTOP, FIRST_CONTENT, PHONE, ROOT, SCREENSHOTS, shapan, sitePaths, useSite} from "./harness.js";

/**
 * Latin words allowed in the Chinese pages: names (of the model, methods, formats, tools), units,
 * the goal syntax's keywords and single letters (variables, loop letters); ids are allowed by the
 * test itself (they contain "_" or are listed from data/).
 */
const ALLOWED = new Set(
  [
    "Shapan",
    "EN",
    "Sobol",
    "Nelder",
    "Mead",
    "Euler",
    "RK4",
    "mathjs",
    "CSV",
    "JSON",
    "SVG",
    "PNG",
    "README",
    "npx",
    "npm",
    "shapan",
    "run",
    "mc",
    "set",
    "scenario",
    "runs",
    "seed",
    "step",
    "quarter",
    "annual",
    "target",
    "goal",
    "optimize",
    "sensitivity",
    "output",
    "year",
    "method",
    "sobol",
    "attribute",
    "calibrate",
    "facts",
    "levers",
    "minimize",
    "horizon",
    "out",
    "json",
    "min",
    "max",
    "sum",
    "mean",
    "tau",
    "PFLOPS",
    "RMB",
    "bn",
    "yr",
    "assumption",
    "data",
    "dimensions",
    "calibration",
    "targets",
    "sector",
    "kind",
    "region",
    "layer",
    "d",
    "dt"
  ].map((w) => w.toLowerCase())
);

/** Ids from data/ and the engine, which may appear in Chinese pages as they are. */
function knownIds(): string[] {
  const read = (file: string) => JSON.parse(readFileSync(`${ROOT}data/${file}`, "utf8"));
  const outputs = JSON.parse(shapan(["outputs", "--format", "json"])) as Array<{id: string}>;
  return [
    ...read("levers.json").map((l: {id: string}) => l.id),
    ...read("parameters.json").map((p: {id: string}) => p.id),
    ...read("seed-facts.json").map((f: {id: string}) => f.id),
    ...read("sources.json").map((s: {id: string}) => s.id),
    ...outputs.map((o) => o.id),
    "baseline",
    "compute-push",
    "export-tightening",
    "beijing-plan",
    "open-data",
    "strict-regulation"
  ];
}

/** Visible Latin words in the page outside ids, code, names and text marked as English (`lang="en"`). */
function visibleEnglish(page: Page, allowed: string[]): Promise<string[]> {
  return page.evaluate((allowedWords) => {
    const allowedSet = new Set(allowedWords);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (parent.closest("code, pre, script, style, [lang=en], .shapan-name, option")) continue;
      if (!parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
      for (const word of node.textContent.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []) {
        if (word.length === 1 || word.includes("_") || /\d/.test(word) || allowedSet.has(word.toLowerCase())) continue;
        found.push(`${word} (in "${node.textContent.trim().slice(0, 60)}")`);
      }
    }
    return [...new Set(found)];
  }, allowed);
}

/** Text whose contrast with its background is under 4.5:1 (3:1 for large text). */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (color: string): number[] | null => {
      const m = /rgba?\(([^)]+)\)/.exec(color) ?? /color\(srgb ([^)]+)\)/.exec(color);
      if (!m) return null;
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = color.startsWith("color(") ? 255 : 1;
      return [parts[0] * scale, parts[1] * scale, parts[2] * scale, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const color = parse(getComputedStyle(e).backgroundColor);
        if (color && color[3] > 0.5) return color;
      }
      return [255, 255, 255, 1];
    };
    const failures = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest("svg, option, [disabled]")) continue;
      if (!parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
      const style = getComputedStyle(parent);
      const fore = parse(style.color);
      if (!fore) continue;
      const back = background(parent);
      const [l1, l2] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.add(`${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 40)}" (${style.color} on rgb(${back.slice(0, 3).join(",")}))`);
    }
    return [...failures];
  });
}

/** Every visible control's accessible name, or the controls without one. */
function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("input, select, textarea, button"))
      .filter((e) => (e as HTMLInputElement).type !== "hidden" && e.checkVisibility())
      .filter((e) => {
        const labelled = (e as HTMLInputElement).labels?.length || e.getAttribute("aria-label") || e.getAttribute("aria-labelledby") || e.title;
        return !labelled && !(e.tagName === "BUTTON" && e.textContent?.trim());
      })
      .map((e) => `${e.tagName.toLowerCase()}[name=${e.getAttribute("name")}] in ${e.closest("[class]")?.className}`)
  );
}

/** Elements that scroll sideways, and whether each is a labelled, keyboard-reachable scroller. */
function sidewaysScrollers(page: Page): Promise<{page: number; viewport: number; unlabelled: string[]}> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: innerWidth,
    unlabelled: Array.from(document.querySelectorAll<HTMLElement>("#observablehq-main *"))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(e).overflowX))
      .filter((e) => !(e.getAttribute("role") === "region" && e.tabIndex === 0 && e.getAttribute("aria-label")))
      .map((e) => e.className || e.tagName)
  }));
}

const site = useSite({base: "/shapan/"});

describe("every page, in Chinese and English, at desktop and phone width", () => {
  const ids = knownIds();
  const allowed = [...ALLOWED, ...ids.map((id) => id.toLowerCase())];
  mkdirSync(SCREENSHOTS, {recursive: true});

  for (const lang of ["zh", "en"] as const) {
    for (const [size, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE]
    ] as const) {
      test(`${lang}, ${size} (${viewport.width}x${viewport.height}): renders cleanly, in ${lang === "zh" ? "Chinese" : "English"}, accessible, no sideways scroll`, async () => {
        const context = await site.browser.newContext({viewport, locale: lang === "zh" ? "zh-CN" : "en-US"});
        const problems: string[] = [];
        try {
          const page = await context.newPage();
          page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
          page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
          page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
          await context.route(
            (u) => !u.href.startsWith(new URL(site.url).origin),
            (route) => (problems.push(`off-origin: ${route.request().url()}`), route.abort())
          );
          for (const path of sitePaths()) {
            const name = path === "/" ? "index" : path.slice(1).replaceAll("/", "-");
            await page.goto(new URL(`.${path}?lang=${lang}`, site.url).href);
            await page.waitForSelector(FIRST_CONTENT[path] ?? "#observablehq-main h1", {timeout: 60_000});
            await page.waitForFunction(() => !document.querySelector("observablehq-loading, .shapan-placeholder"), undefined, {timeout: 90_000});
            await page.waitForTimeout(200);
            await page.screenshot({path: `${SCREENSHOTS}${lang}-${size}-${name}.png`, fullPage: true});

            expect.soft(await page.evaluate(() => document.documentElement.lang), path).toBe(lang === "zh" ? "zh-CN" : "en");
            expect.soft(await countErrors(page), path).toBe(0);
            expect.soft(await page.locator("#observablehq-main h1").count(), path).toBeGreaterThan(0);
            expect.soft(await page.locator(`.shapan-lang a[data-lang=${lang}][aria-current]`).count(), path).toBe(1);
            if (lang === "zh") expect.soft(await visibleEnglish(page, allowed), `${path}: visible English`).toEqual([]);
            const scroll = await sidewaysScrollers(page);
            expect.soft(scroll.page, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(scroll.viewport);
            expect.soft(scroll.unlabelled, `${path}: unlabelled sideways scrollers`).toEqual([]);
            expect.soft(await unlabelled(page), `${path}: controls without a label`).toEqual([]);
            expect.soft(await lowContrast(page), `${path}: text under 4.5:1`).toEqual([]);
            const sliders = await page.locator("input[type=range]").evaluateAll((inputs) => inputs.filter((i) => i.checkVisibility()).map((i) => i.getBoundingClientRect().height));
            for (const height of sliders) expect.soft(height, `${path}: slider target`).toBeGreaterThanOrEqual(32);
          }
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe("the site's frame", () => {
  test("the language follows the browser, then the switch, which the URL keeps and the next page remembers", async () => {
    const context = await site.browser.newContext({locale: "zh-CN"});
    try {
      const page = await context.newPage();
      await page.goto(new URL("./compare", site.url).href);
      await page.waitForSelector("[data-chart] svg");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("zh");
      expect(await page.locator("#observablehq-sidebar a[href*=explorer]").first().textContent()).toBe("情景探索");
      await page.locator(".shapan-lang a[data-lang=en]").click();
      await page.waitForURL(/lang=en/);
      await page.waitForSelector("[data-chart] svg");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(new URL(page.url()).searchParams.get("scenarios")).toBeTruthy(); // the page's own state survives the switch
      expect(await page.locator("h1").first().textContent()).toBe("Compare scenarios");
      // The next page, opened without ?lang, is in the language chosen.
      await page.goto(new URL("./method", site.url).href);
      await page.waitForSelector(".shapan-structure");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    } finally {
      await context.close();
    }
  });

  test("zoom is allowed, the favicon is served, and every page's links are relative", async () => {
    const opened = await site.open("./?lang=en");
    try {
      const {page} = opened;
      expect(await page.getAttribute('meta[name="viewport"]', "content")).toBe("width=device-width, initial-scale=1");
      const icon = await page.getAttribute('link[rel="icon"]', "href");
      expect((await page.request.get(new URL(icon!, page.url()).href)).status()).toBe(200);
      const links = await page.locator("#observablehq-main a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      for (const path of sitePaths().filter((p) => p !== "/")) expect(links, path).toContain(`.${path}`);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the overview's figures show the source's words by keyboard and touch", async () => {
    const opened = await site.open("./?lang=zh", {viewport: PHONE});
    try {
      const {page} = opened;
      const card = page.locator(".shapan-fact:not(.shapan-target)").first();
      const summary = card.locator("summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(card.locator("blockquote").isVisible()).resolves.toBe(true);
      expect(await card.locator("blockquote").getAttribute("lang")).toBe("zh-CN");
      // Each policy target of data/policy-targets.json, with its chance under the posterior.
      const targets = JSON.parse(readFileSync(`${ROOT}data/policy-targets.json`, "utf8")).targets as Array<{id: string}>;
      expect(await page.locator(".shapan-target").count()).toBe(targets.length);
      for (const {id} of targets) await expect(page.locator(`[data-target="${id}"] .shapan-big`).textContent()).resolves.toMatch(/^\d{1,3}%$/);
    } finally {
      await opened.close();
    }
  });

  test("a link to a source scrolls to it", async () => {
    const opened = await site.open("./sources?lang=en#source-us-export-controls", {waitFor: "#source-us-export-controls"});
    try {
      const {page} = opened;
      await page.waitForFunction(() => {
        const top = document.getElementById("source-us-export-controls")?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < innerHeight;
      });
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the method diagram scrolls inside a labelled box on a phone", async () => {
    const opened = await site.open("./method?lang=zh", {viewport: PHONE, waitFor: ".shapan-structure"});
    try {
      const box = opened.page.locator(".shapan-table-wrap:has(.shapan-structure)");
      expect(await box.getAttribute("role")).toBe("region");
      expect(await box.getAttribute("tabindex")).toBe("0");
      expect(await box.getAttribute("aria-label")).toMatch(/因果结构图/);
    } finally {
      await opened.close();
    }
  });
});
