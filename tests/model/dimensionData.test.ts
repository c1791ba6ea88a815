import {describe, expect, it} from "vitest";
import {literal} from "../../src/engine/model/block.js";
import {dimensionData} from "../../src/engine/model/dimensionData.js";
import {data} from "../helpers.js";

describe("literal", () => {
  it("passes a finite number through", () => {
    for (const x of [0.3, -1e-7, 0.1 + 0.2, 12345.678]) expect(literal(x, "x")).toBe(x);
  });
  it("refuses anything else by name", () => {
    expect(() => literal("0.3; alert(1)", "sectors.finance.potentialShare")).toThrow(/sectors\.finance\.potentialShare must be a finite number, got "0\.3; alert\(1\)"/);
    expect(() => literal(Number.NaN, "x")).toThrow(/x must be a finite number/);
  });
});

describe("dimensionData", () => {
  it("names each member's data as the equations read it", () => {
    const d = dimensionData(data.dimensions);
    const finance = data.dimensions.sectors.find((s) => s.id === "finance")!;
    expect(d.potential_share_finance.value).toBe(finance.potentialShare);
    expect(d.is_high_stakes_finance.value).toBe(1);
    expect(d.is_high_stakes_industrial.value).toBe(0);
    expect(d.is_beijing_beijing.value).toBe(1);
    expect(d.layer_serves_base_general.value).toBe(1);
    expect(d.layer_serves_base_industry.value).toBe(0);
  });
  it("rejects a malformed value by its field", () => {
    const sectors = data.dimensions.sectors.map((s, i) => (i === 1 ? {...s, potentialShare: "0.18" as unknown as number} : s));
    expect(() => dimensionData({...data.dimensions, sectors})).toThrow(new RegExp(`sectors\\.${sectors[1].id}\\.potentialShare must be a finite number`));
  });
});
