import {describe, expect, it} from "vitest";
import {data, engine} from "../helpers.js";

// One source of truth: every declared parameter is read by the model and every parameter the
// model reads is declared, with the fields the CLI, the sliders and the method page need.
describe("declarations", () => {
  it.each([...data.levers, ...data.parameters].map((d) => [d.id, d] as const))("%s is fully declared", (_id, d) => {
    expect(d.label.zh.length).toBeGreaterThan(0);
    expect(d.label.en.length).toBeGreaterThan(0);
    expect(d.description.length).toBeGreaterThan(10);
    expect(["high", "medium", "low"]).toContain(d.confidence);
    expect(data.sources.map((s) => s.id)).toContain(d.source);
    expect(d.min).toBeLessThan(d.max);
    const defaults = typeof d.default === "number" ? [d.default] : d.default.map(([, v]) => v);
    for (const v of defaults) expect(v >= d.min && v <= d.max, `${d.id} default ${v}`).toBe(true);
    if (d.source === "assumption" || d.confidence === "low") expect(d.reasoning, `${d.id} needs its reasoning`).toBeTruthy();
  });
  it("every output has a unit, both labels and an annual aggregation", () => {
    for (const o of engine.outputs) {
      expect(o.unit).toBeTruthy();
      expect(o.label.zh && o.label.en).toBeTruthy();
      expect(["end", "sum", "mean"]).toContain(o.annual);
    }
  });
  it("keeps the output ids the issue names as a contract", () => {
    const ids = new Set(engine.outputs.map((o) => o.id));
    const contract = [
      "market_bn_rmb",
      "providers_total",
      "providers_general",
      "providers_industry",
      "providers_beijing",
      "providers_beijing_general",
      "providers_beijing_industry",
      "entries",
      "exits",
      "compute_demand_pflops",
      "compute_supply_pflops",
      "compute_gap_pflops",
      "compute_gap_beijing_pflops",
      "compute_price_index",
      "quality_index",
      "hallucination_rate",
      "fiscal_cost_bn_rmb",
      ...data.dimensions.layers.map((l) => `market_${l.id}_bn_rmb`),
      ...data.dimensions.sectors.flatMap((s) => [`market_${s.id}_bn_rmb`, `adoption_${s.id}`]),
      ...data.dimensions.regions.map((r) => `providers_${r.id}`)
    ];
    for (const id of contract) expect(ids.has(id), id).toBe(true);
  });
  it("every figure source has a title, and publications a date", () => {
    for (const s of data.sources) {
      expect(s.title.length).toBeGreaterThan(5);
      if (s.id !== "assumption") expect(s.date, s.id).toBeTruthy();
    }
  });
});
