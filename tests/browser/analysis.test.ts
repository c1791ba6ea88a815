import {describe, expect, test} from "vitest";
import {countErrors, shapan, useSite} from "./harness.js";

const site = useSite();
const open = (path: string) => site.open(path);

describe("uncertainty, sensitivity and attribution pages (analyses in a Web Worker)", () => {
  test("/uncertainty draws fan charts and gives the same target probabilities as `shapan mc`", async () => {
    const opened = await open("./uncertainty");
    try {
      const {page} = opened;
      await page.waitForSelector("#mc-status", {timeout: 60_000});
      expect(await page.locator("[data-fan] svg").count()).toBeGreaterThanOrEqual(4);
      const rows = await page.locator("#targets tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent!.trim())));
      expect(rows.length).toBe(3);
      const targets = rows.map((r) => r[0]);
      const cli = JSON.parse(
        shapan(["mc", "--runs", "1000", "--seed", "1", "--annual", "--outputs", "market_bn_rmb", "--workers", "1", "--format", "json", ...targets.flatMap((t) => ["--target", t])])
      );
      expect(rows.map((r) => r[1])).toEqual(cli.goals.map((g: {probability: number}) => `${(100 * g.probability).toFixed(1)}%`));
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/sensitivity draws a tornado and Sobol bars", async () => {
    const opened = await open("./sensitivity");
    try {
      const {page} = opened;
      await page.waitForSelector("[data-analysis=tornado] svg", {timeout: 60_000});
      await page.waitForSelector("[data-analysis=sobol] svg", {timeout: 90_000});
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/attribution draws the wedge chart and the cost-effectiveness table", async () => {
    const opened = await open("./attribution");
    try {
      const {page} = opened;
      await page.waitForSelector("[data-analysis=wedge] svg", {timeout: 60_000});
      const levers = await page.locator("#cost-effectiveness tbody tr td:first-child").allTextContents();
      expect(levers.at(-1)).toBe("total");
      expect(levers).toContain("interaction");
      expect(levers.length).toBeGreaterThanOrEqual(4);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
