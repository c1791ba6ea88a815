import {describe, expect, it} from "vitest";
import {checkDataFile, checkReferences} from "../../src/node/dataSchema.js";
import {loadData} from "../../src/node/loadData.js";
import {data, engine} from "../helpers.js";

// One schema per data file replaces per-row tests that only repeated the files' values: the
// shipped files pass it, and each kind of mistake is refused with the file and the field named.
const lever = data.levers[0];
const parameter = data.parameters.find((p) => p.prior)!;

describe("data files", () => {
  it("the shipped files meet their schemas and cite what exists", () => {
    expect(() => loadData()).not.toThrow();
  });
  it.each([
    ["levers.json", [{...lever, max: lever.min - 1}], /^data\/levers\.json: \[0\]\.min min \(0\) must be below max/],
    ["levers.json", [{...lever, default: 99}], /^data\/levers\.json: \[0\]\.default default 99 is outside/],
    ["levers.json", [{...lever, label: {zh: "", en: "x"}}], /^data\/levers\.json: \[0\]\.label\.zh/],
    ["levers.json", [{...lever, extra: 1}], /^data\/levers\.json: .*extra/],
    ["parameters.json", [{...parameter, default: "1"}], /^data\/parameters\.json: \[0\]\.default/],
    ["parameters.json", [{...parameter, prior: {...parameter.prior!, max: parameter.max + 1}}], /^data\/parameters\.json: \[0\]\.prior prior bounds/],
    ["parameters.json", [{...parameter, reasoning: undefined}], /^data\/parameters\.json: \[0\]\.reasoning an assumption needs its reasoning/],
    ["dimensions.json", {...data.dimensions, sectors: [{...data.dimensions.sectors[0], potentialShare: 1.5}]}, /^data\/dimensions\.json: sectors\[0\]\.potentialShare/]
  ] as const)("%s: refuses %j", (file, value, message) => {
    expect(() => checkDataFile(file, value)).toThrow(message);
  });
  it("refuses a citation of a source that does not exist, and a target of a fact that does not", () => {
    expect(() => checkReferences({...data, levers: [{...lever, source: "nowhere"}]})).toThrow(`data/levers.json: ${lever.id} cites source "nowhere"`);
    expect(() => checkReferences({...data, targets: [{...data.targets[0], fact: "nothing"}]})).toThrow('a target names fact "nothing"');
  });
  it("keeps the output ids scripts rely on", () => {
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
});
