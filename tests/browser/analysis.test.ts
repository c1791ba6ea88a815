import {describe, expect, test} from "vitest";
import {countErrors, shapan, useSite} from "./harness.js";

const site = useSite();

describe("uncertainty, sensitivity and attribution pages (analyses in a Web Worker)", () => {
  test("/uncertainty draws fan charts and gives the same target probabilities as `shapan mc`", async () => {
    const opened = await site.open("./uncertainty?lang=en");
    try {
      const {page} = opened;
      await page.waitForSelector("#mc-status", {timeout: 60_000});
      expect(await page.locator("[data-fan] svg").count()).toBeGreaterThanOrEqual(4);
      const rows = await page.locator("#targets tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent!.trim())));
      expect(rows.length).toBe(3);
      const targets = rows.map((r) => r[0]);
      const cli = JSON.parse(
        shapan(["mc", "--runs", "500", "--seed", "1", "--annual", "--outputs", "market_bn_rmb", "--workers", "1", "--format", "json", ...targets.flatMap((t) => ["--target", t])])
      );
      expect(rows.map((r) => r[1])).toEqual(cli.goals.map((g: {probability: number}) => `${(100 * g.probability).toFixed(1)}%`));
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/sensitivity shows what it runs while it runs, then the tornado and the Sobol bars, and nothing of the wait", async () => {
    const opened = await site.open("./sensitivity?lang=zh");
    try {
      const {page} = opened;
      await page.waitForSelector("[data-analysis=tornado] svg", {timeout: 60_000});
      await page.waitForSelector("[data-analysis=sobol] svg", {timeout: 90_000});
      expect(await page.locator(".shapan-placeholder").count()).toBe(0);
      await expect(page.locator("#sobol-status").textContent()).resolves.toMatch(/^共运行 [\d,]+ 次，用时 [\d.]+ 秒。/);
      // A new request shows its placeholder with progress until its answer replaces it.
      await page.getByRole("radio", {name: "256"}).check();
      await page.waitForSelector(".shapan-placeholder progress");
      await expect(page.locator(".shapan-placeholder").textContent()).resolves.toMatch(/正在为 Sobol 指数运行 [\d,]+ 次模型/);
      await page.waitForSelector("[data-analysis=sobol] svg", {timeout: 120_000});
      expect(await page.locator(".shapan-placeholder").count()).toBe(0);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/attribution draws the wedge chart and the cost-effectiveness table, and no placeholder is left", async () => {
    const opened = await site.open("./attribution?lang=en");
    try {
      const {page} = opened;
      await page.waitForSelector("[data-analysis=wedge] svg", {timeout: 60_000});
      const levers = await page.locator("#cost-effectiveness tbody tr td:first-child").allTextContents();
      expect(levers.at(-1)).toBe("Total");
      expect(levers).toContain("Interaction");
      expect(levers.length).toBeGreaterThanOrEqual(4);
      expect(await page.locator(".shapan-placeholder").count()).toBe(0);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
