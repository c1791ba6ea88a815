import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {formatLeverValue, parseLeverValue} from "../../src/engine/scenario/parseLeverValue.js";

describe("parseLeverValue", () => {
  it("reads numbers, points and formulas", () => {
    expect(parseLeverValue("0.3", "x")).toBe(0.3);
    expect(parseLeverValue("1e3", "x")).toBe(1000);
    expect(parseLeverValue("2023:0.5,2025:0.9", "x")).toEqual([
      [2023, 0.5],
      [2025, 0.9]
    ]);
    expect(parseLeverValue(" 2023 : 1 , 2024.5:2 ", "x")).toEqual([
      [2023, 1],
      [2024.5, 2]
    ]);
    expect(parseLeverValue("0.1 * (t - 2023)", "x")).toBe("0.1 * (t - 2023)");
  });
  it("rejects empty values and malformed points, naming the field", () => {
    expect(() => parseLeverValue(" ", "levers.talent")).toThrow(/^levers\.talent must not be empty/);
    expect(() => parseLeverValue("2023:0.5,2025", "levers.talent")).toThrow(/^levers\.talent has a malformed point "2025"/);
  });
  it("round-trips through formatLeverValue", () => {
    const value = fc.oneof(
      fc.double({min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true}),
      fc
        .uniqueArray(fc.integer({min: 2023, max: 2100}), {minLength: 1, maxLength: 5})
        .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((y) => fc.tuple(fc.constant(y), fc.double({min: 0, max: 1, noNaN: true})))))
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(parseLeverValue(formatLeverValue(v as never), "x")).toEqual(Object.is(v, -0) ? 0 : v);
      })
    );
  });
});
