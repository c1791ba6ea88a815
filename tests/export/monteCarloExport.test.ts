import {describe, expect, it} from "vitest";
import {engine} from "../../src/index.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";
import {monteCarloToCsv} from "../../src/engine/export/monteCarloToCsv.js";
import {monteCarloToJson} from "../../src/engine/export/monteCarloToJson.js";
import {quantileLabel} from "../../src/engine/export/quantileLabel.js";
import {monteCarlo} from "../../src/engine/uncertainty/monteCarlo.js";

describe("quantileLabel", () => {
  it("names quantile columns in per cent", () => {
    expect([0, 0.05, 0.5, 0.95, 1, 0.025, 0.975].map(quantileLabel)).toEqual(["q00", "q05", "q50", "q95", "q100", "q2.5", "q97.5"]);
  });
});

describe("Monte Carlo export", () => {
  const result = monteCarlo(engine, {scenario: "baseline", runs: 20, seed: 1, outputs: ["market_bn_rmb"], goals: [parseGoal("market_bn_rmb@2030 >= 100")]});

  it("writes every save point of every output as a row, in full precision", () => {
    const lines = monteCarloToCsv(result).trim().split("\n");
    expect(lines[0]).toBe("time,output,deterministic,q05,q25,q50,q75,q95");
    expect(lines.length).toBe(1 + result.time.length);
    const [time, output, deterministic] = lines[1].split(",");
    expect([Number(time), output, Number(deterministic)]).toEqual([2023, "market_bn_rmb", result.bands.market_bn_rmb.deterministic[0]]);
  });

  it("keeps goals and quantiles by name in JSON", () => {
    const json = monteCarloToJson(result);
    expect(Object.keys(json.bands.market_bn_rmb)).toEqual(["deterministic", "q05", "q25", "q50", "q75", "q95"]);
    expect(json.goals[0]).toMatchObject({goal: "market_bn_rmb@2030 >= 100", probability: result.goals[0].probability});
    expect((json.time as number[]).length).toBe(result.time.length);
  });
});
