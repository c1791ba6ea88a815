import {describe, expect, it} from "vitest";
import {leverFrom} from "../../src/engine/goalSeek/leverFrom.js";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";

describe("leverFrom", () => {
  it("is the value itself from 2023, and a step half a month before a later start", () => {
    expect(leverFrom(1500, 2023, 9000, "levers.public_compute")).toBe(9000);
    expect(leverFrom(1500, 2025, 9000, "levers.public_compute")).toEqual([
      [2025 - 1 / 24, 1500],
      [2025, 9000]
    ]);
  });

  it("keeps a schedule's points before the start and its value at the switch", () => {
    expect(
      leverFrom(
        [
          [2023, 0.5],
          [2024, 0.85]
        ],
        2026,
        0.2,
        "levers.export_controls"
      )
    ).toEqual([
      [2023, 0.5],
      [2024, 0.85],
      [2026 - 1 / 24, 0.85],
      [2026, 0.2]
    ]);
    expect(
      leverFrom(
        [
          [2023, 0],
          [2027, 1]
        ],
        2025,
        0.2,
        "levers.x"
      )
    ).toEqual([
      [2023, 0],
      [2025 - 1 / 24, expect.closeTo((2 - 1 / 24) / 4, 12)],
      [2025, 0.2]
    ]);
  });

  it("refuses to cut a formula", () => {
    expect(() => leverFrom("0.1 * (t - 2023)", 2025, 0.5, "levers.compute_subsidy")).toThrow(ScenarioError);
    expect(() => leverFrom("0.1 * (t - 2023)", 2025, 0.5, "levers.compute_subsidy")).toThrow('levers.compute_subsidy is a formula in the scenario ("0.1 * (t - 2023)")');
  });
});
