import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";

describe("parseGoal", () => {
  it("parses a single-year goal", () => {
    expect(parseGoal("compute_gap_beijing_pflops@2027 <= 0")).toEqual({
      text: "compute_gap_beijing_pflops@2027 <= 0",
      output: "compute_gap_beijing_pflops",
      aggregate: "value",
      from: 2027,
      to: 2027,
      operator: "<=",
      value: 0
    });
    expect(parseGoal("  market_bn_rmb@2030>=100 ")).toMatchObject({output: "market_bn_rmb", from: 2030, operator: ">=", value: 100, text: "market_bn_rmb@2030>=100"});
  });

  it("parses aggregates over year ranges", () => {
    expect(parseGoal("max(compute_gap_pflops@2025..2030) <= 1000")).toMatchObject({aggregate: "max", output: "compute_gap_pflops", from: 2025, to: 2030, value: 1000});
    expect(parseGoal("sum( fiscal_cost_bn_rmb @ 2024 .. 2035 ) < 1.5e3")).toMatchObject({aggregate: "sum", from: 2024, to: 2035, operator: "<", value: 1500});
    expect(parseGoal("mean(quality_index@2030) > -0.5")).toMatchObject({aggregate: "mean", from: 2030, to: 2030, value: -0.5});
    expect(parseGoal("min(providers_total@2024..2026) >= .5")).toMatchObject({aggregate: "min", value: 0.5});
  });

  it("rejects malformed goals with one message naming the field", () => {
    for (const bad of [
      "",
      "market_bn_rmb",
      "market_bn_rmb@2030",
      "market_bn_rmb@2030 = 5",
      "market_bn_rmb@30 >= 1",
      "avg(market_bn_rmb@2025..2026) > 1",
      "market_bn_rmb@2025..2026 > 1",
      "market_bn_rmb@2030 >= abc"
    ]) {
      expect(() => parseGoal(bad, {field: "--target"}), bad).toThrow(/^--target must read OUTPUT@YEAR OP VALUE/);
    }
    expect(() => parseGoal("x@2030 >> 1")).toThrow(ScenarioError);
  });

  it("checks outputs, year order and simulated years when asked", () => {
    const options = {outputs: ["market_bn_rmb"], years: [2023, 2035] as const, field: "--target"};
    expect(() => parseGoal("nope@2030 >= 1", options)).toThrow('--target names unknown output "nope"');
    expect(() => parseGoal("max(market_bn_rmb@2030..2025) >= 1", options)).toThrow("--target year range must run forwards, got 2030..2025");
    expect(() => parseGoal("market_bn_rmb@2040 >= 1", options)).toThrow("--target years must be between 2023 and 2035 (the simulated years), got 2040");
    expect(() => parseGoal("sum(market_bn_rmb@2020..2025) >= 1", options)).toThrow("got 2020..2025");
    expect(parseGoal("market_bn_rmb@2035 >= 1", options).to).toBe(2035);
  });

  it("round-trips any well-formed goal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("market_bn_rmb", "compute_gap_pflops", "x1_y"),
        fc.constantFrom("min", "max", "sum", "mean"),
        fc.integer({min: 2023, max: 2100}),
        fc.integer({min: 0, max: 20}),
        fc.constantFrom("<=", ">=", "<", ">"),
        fc.double({min: -1e9, max: 1e9, noNaN: true}),
        (output, aggregate, from, span, operator, value) => {
          const goal = parseGoal(`${aggregate}(${output}@${from}..${from + span}) ${operator} ${value}`);
          expect(goal).toMatchObject({output, aggregate, from, to: from + span, operator, value: value === 0 ? 0 : value});
        }
      )
    );
  });
});
