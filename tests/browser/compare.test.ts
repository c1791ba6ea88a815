import {describe, expect, test} from "vitest";
import {countErrors, useSite} from "./harness.js";

const site = useSite();
const scripts = (page: import("playwright-core").Page) => page.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname));

describe("compare", () => {
  test("one line per scenario, a table with one cell per column whatever the number of scenarios, the choice kept in the URL", async () => {
    const opened = await site.open("./compare?lang=en", {waitFor: "[data-chart] svg"});
    try {
      const {page} = opened;
      expect(await page.locator("[data-chart] svg").count()).toBe(7);
      const table = page.locator('[data-table="differences"]');
      expect(await table.locator("tbody tr").count()).toBe(7 * 3); // seven outputs at three default years
      const shape = async () => ({
        head: await table.locator("thead th").count(),
        rows: await table.locator("tbody tr").evaluateAll((trs) => [...new Set(trs.map((tr) => tr.children.length))])
      });
      expect(await shape()).toEqual({head: 3 + 2 * 2, rows: [3 + 2 * 2]});
      // Each chart downloads, named after what it compares.
      const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('[data-chart="market_bn_rmb"] [data-download=svg]').click()]);
      expect(svg.suggestedFilename()).toBe("shapan-compare-baseline-compute-push-export-tightening-market_bn_rmb.svg");
      await page.getByLabel("Open data").check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("scenarios") === "baseline,compute-push,export-tightening,open-data");
      await page.waitForFunction(() => document.querySelectorAll('[data-table="differences"] thead th').length === 3 + 2 * 3);
      expect(await shape()).toEqual({head: 3 + 2 * 3, rows: [3 + 2 * 3]});
      // The fourth scenario's values sit under its own heading.
      const headings = await table.locator("thead th").allTextContents();
      expect(headings.slice(-2)).toEqual(["Open data", "Δ vs Baseline"]);
      await page.getByLabel("2030").uncheck();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("years") === "2025,2035");
      await page.reload();
      await page.waitForSelector("[data-chart] svg");
      expect(await page.getByLabel("Open data").isChecked()).toBe(true);
      expect(await page.getByLabel("2030").isChecked()).toBe(false);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("a scenario file joins the comparison, checked by the engine's schema, which loads only then; a bad file is reported and left out", async () => {
    const opened = await site.open("./compare?lang=en", {waitFor: "[data-chart] svg"});
    try {
      const {page} = opened;
      expect((await scripts(page)).some((p) => p.includes("/scenarioCheck."))).toBe(false);
      const file = (name: string, scenario: object) => ({name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(scenario))});
      await page
        .locator("input[type=file]")
        .setInputFiles([
          file("mine.json", {version: 1, name: "mine", extends: "baseline", levers: {talent: 1.5}}),
          file("bad.json", {version: 1, levers: {talent: 9}}),
          file("odd.json", {version: 2})
        ]);
      await page.waitForFunction(() => document.querySelectorAll('[data-table="differences"] thead th').length === 3 + 2 * 3);
      await expect(page.locator('[data-table="differences"] thead').textContent()).resolves.toContain("mine");
      const errors = await page.locator(".shapan-error div").allTextContents();
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^bad\.json: levers\.talent must be between 0\.5 and 2/), expect.stringMatching(/^odd\.json: version must be 1, got 2/)]));
      expect((await scripts(page)).some((p) => p.includes("/scenarioCheck."))).toBe(true);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
