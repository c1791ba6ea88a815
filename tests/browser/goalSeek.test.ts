import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {countErrors, shapan, useSite} from "./harness.js";

const site = useSite();

describe("goal seek and calibration pages", () => {
  test("/goal-seek sums the cost to the scenario's end by default, finds the mix `shapan optimize` finds, prints units, keeps the answer in the URL and marks the goal in the explorer", async () => {
    const opened = await site.open("./goal-seek?lang=zh");
    try {
      const {page} = opened;
      expect(await page.locator("input[type=number]").last().inputValue()).toBe("2035");
      await page.getByRole("button", {name: "寻找最低成本组合"}).click();
      await page.waitForSelector("#goal-seek-running");
      await page.waitForSelector("#goal-seek-result", {timeout: 90_000});
      expect(await page.getAttribute("#goal-seek-result", "data-feasible")).toBe("true");
      // The cost, in the reader's units (亿元 summed over the years), with its horizon.
      await expect(page.locator("#goal-seek-result > p").first().textContent()).resolves.toMatch(/2023–2035 年财政成本累计 [\d,.]+ 亿元（预设情景原样为 [\d,.]+ 亿元）/);
      const href = (await page.getAttribute("#goal-seek-explorer", "href"))!;
      const cli = JSON.parse(shapan(["optimize", "--goal", "compute_gap_beijing_pflops@2024 <= 0", "--levers", "compute_subsidy,public_compute,domestic_accelerators", "--horizon", "2035"]));
      const query = new URLSearchParams(href.slice(href.indexOf("?")));
      // Within 1e-4 of each lever's range: a last-bit difference between the browser's and Node's
      // floating point can steer the simplex a little differently near the goal's boundary.
      const ranges = JSON.parse(shapan(["levers", "--format", "json"])) as Array<{id: string; min: number; max: number}>;
      for (const [id, value] of Object.entries(cli.levers as Record<string, number>)) {
        const {min, max} = ranges.find((l) => l.id === id)!;
        const linked = Number((query.get(id) ?? "").split(",").at(-1)!.split(":").at(-1));
        expect(Math.abs(linked - value), id).toBeLessThanOrEqual(1e-4 * (max - min));
      }
      expect(query.get("goal")).toBe("compute_gap_beijing_pflops@2024 <= 0");

      // The answer is in the page's URL: reloaded (or back from the explorer), the page shows it again.
      expect(new URL(page.url()).searchParams.get("mix")).toBeTruthy();
      const cost = await page.locator("#goal-seek-result > p").first().textContent();
      await page.reload();
      await page.waitForSelector("#goal-seek-result");
      expect(await page.locator("#goal-seek-result > p").first().textContent()).toBe(cost);
      await expect(page.locator("#goal-seek-result").textContent()).resolves.toContain("结果由链接恢复");

      // In the explorer, the goal is drawn on its output's chart.
      await page.locator("#goal-seek-explorer").click();
      await page.waitForSelector('[data-chart="compute_gap_beijing_pflops"] svg');
      expect(await page.locator('[data-chart="compute_gap_beijing_pflops"] svg text', {hasText: "目标 ≤ 0"}).count()).toBe(1);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/calibration shows every parameter's prior and posterior, every figure against the posterior, the correlations and the diagnostics", async () => {
    const calibration = JSON.parse(readFileSync(new URL("../../data/calibration.json", import.meta.url), "utf8"));
    const opened = await site.open("./calibration?lang=en");
    try {
      const {page} = opened;
      await page.waitForSelector("text=Prior and posterior of every parameter");
      await page.waitForSelector("text=Sampler diagnostics");
      expect(await page.locator("#parameters tbody tr").count()).toBe(calibration.report.parameters.length);
      expect(await page.locator("#observations-table tbody tr").count()).toBe(calibration.report.observations.length);
      expect(await page.locator("#diagnostics tbody tr").count()).toBe(calibration.sample.parameters.length);
      // The charts: prior against posterior, the correlation map (when any pair reaches 0.5), figures against the posterior.
      expect(await page.locator("svg").count()).toBeGreaterThanOrEqual(2);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  test("/backtest shows the scores and every 2024-2025 figure against the projection", async () => {
    const backtest = JSON.parse(readFileSync(new URL("../../data/backtest.json", import.meta.url), "utf8"));
    const opened = await site.open("./backtest?lang=en");
    try {
      const {page} = opened;
      await page.waitForSelector("text=Coverage of the 90% band");
      expect(await page.locator("#scored-table tbody tr").count()).toBe(backtest.scored.length);
      expect(await page.locator(".card .shapan-big").first().textContent()).toBe(`${Math.round(backtest.score.coverage * 100)}%`);
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(page)).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
