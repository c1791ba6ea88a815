import {describe, expect, it} from "vitest";
import {targetSensitivity} from "../../src/engine/calibration/targetSensitivity.js";
import {createEngine} from "../../src/engine/simulate.js";
import {loadData} from "../../src/node/loadData.js";

const data = loadData();
const engine = createEngine(data);

describe("targetSensitivity", () => {
  it("scales responses to tolerances per tenth of the box: tenders move one for one with their initial count", () => {
    // Tenders at 2023.58 = tenders_initial + flow, so a tenth of [0, 200] moves them by 20 tenders:
    // 20 / 60 of the figure, in units of the 1% scale of a lower bound declared with tolerance 0.
    const rows = targetSensitivity(engine, {tenders_initial: [0, 200], adoption_imitation: [0.6, 1]}, data.facts, data.targets);
    const tenders = rows.find((r) => r.target === "tenders" && r.parameter === "tenders_initial")!;
    expect(tenders.tolerances).toBeCloseTo(20 / 60 / 0.01, 6);
    for (const r of rows.filter((r) => r.parameter === "tenders_initial" && r.target !== "tenders")) expect(r.tolerances).toBe(0);
    expect(rows).toHaveLength(2 * data.targets.length);
    for (const target of data.targets) {
      const shares = rows.filter((r) => r.target === target.fact).map((r) => r.share);
      const total = shares.reduce((a, b) => a + b, 0);
      expect(total === 0 || Math.abs(total - 1) < 1e-12).toBe(true);
    }
  });

  it("names what is wrong", () => {
    expect(() => targetSensitivity(engine, {nope: [0, 1]}, data.facts, data.targets)).toThrow('bounds names unknown parameter "nope"');
    expect(() => targetSensitivity(engine, {tenders_initial: [5, 5]}, data.facts, data.targets)).toThrow('the box of "tenders_initial" must have lower < upper, got [5, 5]');
    expect(() => targetSensitivity(engine, {tenders_initial: [0, 200]}, data.facts, [{...data.targets[0], fact: "zz"}])).toThrow('targets[0].fact names no seed figure: "zz"');
  });
});
