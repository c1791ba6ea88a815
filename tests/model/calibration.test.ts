import {describe, expect, it} from "vitest";
import {compareFacts, simulate} from "../../src/index.js";
import {data} from "../helpers.js";

// MODEL.md: the baseline reproduces every seed figure it models within a stated tolerance.
describe("calibration to the seed", () => {
  const table = compareFacts(simulate("baseline"), data.facts, data.targets);
  it.each(table.filter((row) => row.target).map((row) => [row.fact.id, row] as const))("%s is within tolerance", (_id, row) => {
    expect(row.ok, `${row.fact.id}: model ${row.model}, figure ${row.fact.value}, residual ${row.residual}`).toBe(true);
  });
  it("covers every seed figure in the brief's table, or says why not", () => {
    const ids = [
      "providers-national",
      "providers-beijing",
      "providers-beijing-general",
      "providers-beijing-industry",
      "haidian",
      "market-2023",
      "market-2024",
      "compute-gap-beijing",
      "tenders",
      "us-cn-share",
      "bj-ai-target"
    ];
    expect(data.facts.map((f) => f.id).sort()).toEqual([...ids].sort());
    for (const row of table) expect(row.target !== undefined || Boolean(row.fact.note), row.fact.id).toBe(true);
  });
  it("meets the issue's tolerances: market 5%/10%, providers 2%/3%/5%, Beijing gap 15%", () => {
    const tolerance = Object.fromEntries(data.targets.map((t) => [t.fact, t.tolerance]));
    expect(tolerance).toMatchObject({
      "market-2023": 0.05,
      "market-2024": 0.1,
      "providers-national": 0.02,
      "providers-beijing": 0.03,
      "providers-beijing-general": 0.05,
      "providers-beijing-industry": 0.05,
      "compute-gap-beijing": 0.15
    });
  });
});
