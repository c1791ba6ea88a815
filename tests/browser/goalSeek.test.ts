import {describe, expect, test} from "vitest";
import {countErrors, shapan, useSite} from "./harness.js";

const site = useSite();

describe("goal seek and calibration pages", () => {
  test("/goal-seek finds the mix `shapan optimize` finds, in a Web Worker, and links it to the explorer", async () => {
    const opened = await site.open("./goal-seek");
    try {
      const {page} = opened;
      await page.getByRole("button", {name: "Find the cheapest mix"}).click();
      await page.waitForSelector("#goal-seek-result", {timeout: 60_000});
      expect(await page.getAttribute("#goal-seek-result", "data-feasible")).toBe("true");
      const href = (await page.getAttribute("#goal-seek-explorer", "href"))!;
      const cli = JSON.parse(shapan(["optimize", "--goal", "compute_gap_beijing_pflops@2024 <= 0", "--levers", "compute_subsidy,public_compute,domestic_accelerators"]));
      const query = new URLSearchParams(href.slice(href.indexOf("?")));
      // Within 1e-4 of each lever's range: a last-bit difference between the browser's and Node's
      // floating point can steer the simplex a little differently near the goal's boundary.
      const ranges = JSON.parse(shapan(["levers", "--format", "json"])) as Array<{id: string; min: number; max: number}>;
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
    const opened = await site.open("./calibration");
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
