import {describe, expect, it} from "vitest";
import {literal} from "../../src/engine/model/block.js";
import {bindModel, describeModel} from "../../src/engine/model/index.js";
import {sampleLever} from "../../src/engine/scenario/sampleLever.js";
import {data} from "../helpers.js";

describe("literal", () => {
  it("prints a finite number so it reads back exactly", () => {
    for (const x of [0.3, -1e-7, 0.1 + 0.2, 12345.678]) expect(Number(literal(x, "x"))).toBe(x);
  });
  it("refuses anything else by name", () => {
    expect(() => literal("0.3; alert(1)", "sectors.finance.potentialShare")).toThrow(/sectors\.finance\.potentialShare must be a finite number, got "0\.3; alert\(1\)"/);
    expect(() => literal(Number.NaN, "x")).toThrow(/x must be a finite number/);
  });
});

describe("bindModel", () => {
  const times = Float64Array.of(2023, 2024);
  it("compiles one derivative that writes every output at the given offset", () => {
    const structure = describeModel(data.dimensions);
    const model = bindModel(structure, data.dimensions, times);
    const levers = Object.fromEntries(data.levers.map((l) => [l.id, sampleLever(l, l.default, times)]));
    const parameters = Object.fromEntries(data.parameters.map((p) => [p.id, p.default]));
    const y = model.prepare(levers, parameters);
    const width = structure.outputs.length;
    const out = new Float64Array(3 * width).fill(Number.NaN);
    model.system.derivative(0, y, new Float64Array(y.length), out, width);
    expect(out.subarray(0, width).every(Number.isNaN)).toBe(true);
    expect(out.subarray(width, 2 * width).every(Number.isFinite)).toBe(true);
    expect(out.subarray(2 * width).every(Number.isNaN)).toBe(true);
  });
  it("rejects a malformed dimension value before compiling", () => {
    const sectors = data.dimensions.sectors.map((s, i) => (i === 1 ? {...s, potentialShare: "0.18" as unknown as number} : s));
    const dims = {...data.dimensions, sectors};
    expect(() => bindModel(describeModel(dims), dims, times)).toThrow(new RegExp(`sectors\\.${sectors[1].id}\\.potentialShare must be a finite number`));
  });
});
