import {describe, expect, it} from "vitest";
import {compareFacts} from "../../src/index.js";
import {data, engine} from "../helpers.js";

describe("compareFacts", () => {
  const rows = compareFacts(engine);
  const byId = Object.fromEntries(rows.map((r) => [r.fact.id, r]));

  it("gives one row per seed figure, read through the likelihood term that reads it or restates it", () => {
    expect(rows.map((r) => r.fact.id)).toEqual(data.facts.map((f) => f.id));
    expect(byId["providers-national"].term?.restates).toBe("providers-national");
    expect(byId["compute-gap-beijing"].term?.fact).toBe("compute-gap-beijing");
    for (const id of ["us-cn-share", "haidian", "market-2024"]) expect(byId[id].term, id).toBeUndefined();
  });

  it("reads the figure's 90% interval from its uncertainty, and says whether the model's value lies in it", () => {
    const national = byId["providers-national"];
    const half = Math.exp(1.645 * 0.1);
    expect(national.interval![0]).toBeCloseTo(254 / half, 6);
    expect(national.interval![1]).toBeCloseTo(254 * half, 6);
    expect(national.within).toBe(national.model! >= national.interval![0] && national.model! <= national.interval![1]!);
    // A lower bound: the tenders "more than 60" has no upper end.
    expect(byId.tenders.interval).toEqual([60, null]);
    expect(byId.tenders.residual).toBeCloseTo(byId.tenders.model! / 60 - 1, 12);
  });

  it("names the output a term reads when the model does not declare it yet", () => {
    const missing = rows.filter((r) => r.missing);
    for (const r of missing) expect(engine.outputs.some((o) => o.id === r.missing)).toBe(false);
  });
});
