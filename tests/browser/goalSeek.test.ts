import {execFileSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {countErrors, launchBrowser, openPage, serveDist, type Served} from "./harness.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BASE = "/shapan/";

let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist({base: BASE});
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("goal seek and calibration pages", () => {
  test("/goal-seek finds the mix `shapan optimize` finds, in a Web Worker, and links it to the explorer", async () => {
    const opened = await openPage(browser, new URL("./goal-seek", server.url).href);
    try {
      const {page} = opened;
      await page.getByRole("button", {name: "Find the cheapest mix"}).click();
      await page.waitForSelector("#goal-seek-result", {timeout: 60_000});
      expect(await page.getAttribute("#goal-seek-result", "data-feasible")).toBe("true");
      const href = (await page.getAttribute("#goal-seek-explorer", "href"))!;
      const cli = JSON.parse(
        execFileSync("node", ["bin/shapan.js", "optimize", "--goal", "compute_gap_beijing_pflops@2024 <= 0", "--levers", "compute_subsidy,public_compute,domestic_accelerators"], {cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]})
      );
      const query = new URLSearchParams(href.slice(href.indexOf("?")));
      // Within 1e-4 of each lever's range: a last-bit difference between the browser's and Node's
      // floating point can steer the simplex a little differently near the goal's boundary.
      const ranges = JSON.parse(execFileSync("node", ["bin/shapan.js", "levers", "--format", "json"], {cwd: ROOT, encoding: "utf8"})) as Array<{id: string; min: number; max: number}>;
      for (const [id, value] of Object.entries(cli.levers as Record<string, number>)) {
        const {min, max} = ranges.find((l) => l.id === id)!;
        expect(Math.abs(Number(query.get(id)) - value), id).toBeLessThanOrEqual(1e-4 * (max - min));
      }
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/calibration shows every target, the moved parameters and the sensitivity map", async () => {
    const opened = await openPage(browser, new URL("./calibration", server.url).href);
    try {
      const {page} = opened;
      await page.waitForSelector("text=How much each target constrains each parameter");
      expect(await page.locator(".card svg").count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator(".shapan-table tbody tr").count()).toBeGreaterThanOrEqual(10);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
