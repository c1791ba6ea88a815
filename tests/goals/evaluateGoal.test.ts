import {describe, expect, it} from "vitest";
import {simulate} from "../../src/index.js";
import {evaluateGoal} from "../../src/engine/goals/evaluateGoal.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";

const annual = {years: [2023, 2024, 2025, 2026], series: {gap: [10, 40, 20, 0], market: [5, 12, 20, 30]}};

describe("evaluateGoal", () => {
  it("reads one year", () => {
    expect(evaluateGoal(parseGoal("market@2024 >= 10"), annual)).toEqual({value: 12, met: true, slack: 2});
    expect(evaluateGoal(parseGoal("gap@2026 <= 0"), annual)).toEqual({value: 0, met: true, slack: 0});
    expect(evaluateGoal(parseGoal("gap@2026 < 0"), annual)).toEqual({value: 0, met: false, slack: 0});
    expect(evaluateGoal(parseGoal("gap@2025 <= 0"), annual)).toEqual({value: 20, met: false, slack: -20});
  });

  it("aggregates over ranges", () => {
    expect(evaluateGoal(parseGoal("max(gap@2023..2026) <= 30"), annual)).toEqual({value: 40, met: false, slack: -10});
    expect(evaluateGoal(parseGoal("min(gap@2023..2025) > 5"), annual)).toEqual({value: 10, met: true, slack: 5});
    expect(evaluateGoal(parseGoal("sum(market@2024..2026) >= 60"), annual)).toEqual({value: 62, met: true, slack: 2});
    expect(evaluateGoal(parseGoal("mean(market@2023..2026) >= 20"), annual)).toEqual({value: 16.75, met: false, slack: -3.25});
  });

  it("throws on missing outputs or years", () => {
    expect(() => evaluateGoal(parseGoal("other@2024 >= 1"), annual)).toThrow("reads output other");
    expect(() => evaluateGoal(parseGoal("max(gap@2025..2027) >= 1"), annual)).toThrow("needs years 2025 to 2027, the projection has 2023 to 2026");
  });

  it("evaluates a Projection's annual aggregates directly", () => {
    const projection = simulate("baseline");
    const result = evaluateGoal(parseGoal("market_bn_rmb@2023 >= 0"), projection.annual);
    expect(result.value).toBeCloseTo(projection.annual.series.market_bn_rmb[0], 12);
  });
});
