import {describe, expect, it} from "vitest";
import {sampleLever} from "../../src/engine/scenario/sampleLever.js";
import {nodeFormulas} from "../../src/node/formulas.js";
import {data} from "../helpers.js";

const formulas = nodeFormulas();

const subsidy = data.levers.find((l) => l.id === "compute_subsidy")!;
const times = Float64Array.of(2023, 2024, 2025, 2026);

describe("sampleLever", () => {
  it("samples constants, points and formulas", () => {
    expect(Array.from(sampleLever(subsidy, 0.2, times))).toEqual([0.2, 0.2, 0.2, 0.2]);
    expect(
      Array.from(
        sampleLever(
          subsidy,
          [
            [2024, 0],
            [2026, 0.4]
          ],
          times
        )
      )
    ).toEqual([0, 0, 0.2, 0.4]);
    expect(Array.from(sampleLever(subsidy, "0.1 * (t - 2023)", times, formulas)).map((v) => +v.toFixed(12))).toEqual([0, 0.1, 0.2, 0.3]);
  });
  it("refuses a formula, naming the lever, when it has no formula compiler", () => {
    expect(() => sampleLever(subsidy, "0.1", times)).toThrow(/^levers\.compute_subsidy is a formula in t, and this engine was created without formula support/);
  });
  it("names the lever, the range and the unit when a value is out of range", () => {
    expect(() => sampleLever(subsidy, 0.9, times)).toThrow("levers.compute_subsidy must be between 0 and 0.8 (share of compute cost), got 0.9");
    expect(() => sampleLever(subsidy, NaN, times)).toThrow(/must be between 0 and 0\.8 .*got NaN/);
    expect(() => sampleLever(subsidy, "0.3 * (t - 2023)", times, formulas)).toThrow(/got 0\.9 at t = 2026/);
    expect(() =>
      sampleLever(
        subsidy,
        [
          [2024, 0.1],
          [2025, -0.1]
        ],
        times
      )
    ).toThrow(/got -0\.1 at t = 2025/);
  });
  it("requires increasing years in points", () => {
    expect(() =>
      sampleLever(
        subsidy,
        [
          [2025, 0.1],
          [2024, 0.2]
        ],
        times
      )
    ).toThrow(/levers\.compute_subsidy\[1\] year must be a number greater than the previous point's \(2025\)/);
  });
});
