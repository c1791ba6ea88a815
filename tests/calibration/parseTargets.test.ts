import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseTargets} from "../../src/engine/calibration/parseTargets.js";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";

const good = {fact: "market-2023", output: "market_bn_rmb", year: 2023, tolerance: 0.05, weight: 2};

describe("parseTargets", () => {
  it("accepts data/targets.json and a bare list", () => {
    const file = JSON.parse(readFileSync(new URL("../../data/targets.json", import.meta.url), "utf8"));
    expect(parseTargets(file, "data/targets.json")).toHaveLength(file.targets.length);
    expect(parseTargets([good], "t.json")).toEqual([good]);
  });

  it("names the first wrong field", () => {
    expect(() => parseTargets({}, "t.json")).toThrow(ScenarioError);
    expect(() => parseTargets([{...good, tolerance: -1}], "t.json")).toThrow("t.json: targets[0].tolerance must be a number >= 0");
    expect(() => parseTargets([{...good, at: 2023.5}], "t.json")).toThrow("must have exactly one of at, year, mean; has at, year");
    expect(() => parseTargets([{...good, comparison: "about"}], "t.json")).toThrow('targets[0].comparison must be "within" or "at-least"');
    expect(() => parseTargets([{...good, tolerance: 0}], "t.json")).toThrow('must be > 0 unless comparison is "at-least"');
    expect(() => parseTargets([{...good, year: undefined, mean: [2026, 2024]}], "t.json")).toThrow("targets[0].mean must be [from, to] with from < to");
  });
});
