import {describe, expect, it} from "vitest";
import {parseScenario, resolveScenario, ScenarioError} from "../../src/engine/index.js";
import {data, engine} from "../helpers.js";

describe("resolveScenario", () => {
  it("applies the extends chain over the declared defaults", () => {
    const resolved = engine.resolve({version: 1, extends: "compute-push", levers: {talent: 1.2}});
    expect(resolved.chain).toEqual(["baseline", "compute-push"]);
    expect(resolved.levers.talent).toBe(1.2);
    expect(resolved.levers.public_compute).toEqual(data.scenarios["compute-push"].levers!.public_compute);
    expect(resolved.levers.regulation).toBe(data.levers.find((l) => l.id === "regulation")!.default);
    expect([...resolved.changed.levers].sort()).toEqual(["compute_subsidy", "domestic_accelerators", "public_compute", "talent"]);
    expect(resolved.time).toEqual({from: 2023, to: 2035, step: "month", method: "rk4"});
  });
  it("every preset resolves and extends baseline", () => {
    for (const id of Object.keys(data.scenarios)) {
      const resolved = engine.resolve(id);
      expect(resolved.name).toBe(id);
      if (id !== "baseline") expect(resolved.chain[0]).toBe("baseline");
    }
  });
  it.each([
    [{version: 1, levers: {compute_vouchers: 0.1}}, /^levers\.compute_vouchers is not a lever; levers are compute_subsidy/],
    [{version: 1, parameters: {nope: 1}}, /^parameters\.nope is not a parameter/],
    [{version: 1, parameters: {accelerator_life: 100}}, /^parameters\.accelerator_life must be between 1 and 15 \(yr\), got 100/],
    [{version: 1, extends: "nope"}, /^extends names no preset "nope"; presets are/],
    [{version: 1, time: {from: 2030, to: 2025}}, /^time\.to must be at least time\.from \(2030\), got 2025/],
    [{version: 1, time: {to: 2101}}, /^time\.to must be at most 2100/],
    [{version: 1, time: {from: 2022}}, /^time\.from must be at least 2023/],
    [{version: 1, time: {step: "week"}}, /^time\.step must be one of "month", "quarter", "year"/],
    [{version: 2}, /^version must be 1, got 2$/],
    [{version: 1, colour: "red"}, /^scenario has unknown field colour/]
  ])("rejects %j", (input, message) => {
    expect(() => resolveScenario(input as never, engine.declarations)).toThrow(message);
    expect(() => resolveScenario(input as never, engine.declarations)).toThrow(ScenarioError);
  });
  it("detects extends cycles", () => {
    const declarations = {...engine.declarations, scenarios: {a: {version: 1 as const, extends: "b"}, b: {version: 1 as const, extends: "a"}}};
    expect(() => resolveScenario("a", declarations)).toThrow(/^extends forms a cycle: b -> a -> b/);
  });
  it("parseScenario accepts every preset file", () => {
    for (const preset of Object.values(data.scenarios)) expect(() => parseScenario(preset)).not.toThrow();
  });
});
