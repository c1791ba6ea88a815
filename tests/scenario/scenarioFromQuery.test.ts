import {describe, expect, test} from "vitest";
import {data, engine, projectionToCsv, readLeverValue, scenarioFromQuery, scenarioToQuery, ScenarioError} from "../../src/index.js";

const lever = (id: string) => data.levers.find((l) => l.id === id)!;
const times = Float64Array.of(2023, 2030, 2035);
const formulas = engine.formulas;

describe("readLeverValue", () => {
  test("reads constants, points and formulas", () => {
    expect(readLeverValue(lever("public_compute"), "3000", times)).toBe(3000);
    expect(readLeverValue(lever("export_controls"), "2023:0.5,2025:0.9", times)).toEqual([
      [2023, 0.5],
      [2025, 0.9]
    ]);
    expect(readLeverValue(lever("compute_subsidy"), "min(0.8, 0.05 * (t - 2022))", times, formulas)).toBe("min(0.8, 0.05 * (t - 2022))");
  });
  test("throws a ScenarioError naming the lever for a value out of range", () => {
    expect(() => readLeverValue(lever("compute_subsidy"), "0.9", times)).toThrow(/levers.compute_subsidy must be between 0 and 0.8/);
    expect(() => readLeverValue(lever("compute_subsidy"), "0.1 * (t - 2023)", times, formulas)).toThrow(/at t = 2035/);
    expect(() => readLeverValue(lever("export_controls"), "2023:0.5,2025", times)).toThrow(ScenarioError);
    expect(() => readLeverValue(lever("talent"), "", times)).toThrow(/must not be empty/);
  });
});

describe("scenarioFromQuery", () => {
  test("reads the preset and lever values in the CLI's syntax", () => {
    const read = scenarioFromQuery("?scenario=compute-push&public_compute=3000&export_controls=2023:0.5,2025:0.9", data);
    expect(read.errors).toEqual([]);
    expect(read.preset).toBe("compute-push");
    expect(read.levers).toEqual({
      public_compute: 3000,
      export_controls: [
        [2023, 0.5],
        [2025, 0.9]
      ]
    });
    expect(read.scenario).toEqual({version: 1, name: "compute-push", extends: "compute-push", levers: read.levers});
  });
  test("reports bad values and unknown names, keeping the rest", () => {
    const read = scenarioFromQuery("?scenario=nope&public_compute=-5&talent=abc(&foo=1&regulation=0.5", data);
    expect(read.preset).toBe("baseline");
    expect(read.levers).toEqual({regulation: 0.5});
    expect(read.errors.map((e) => e.field)).toEqual(["scenario", "levers.public_compute", "levers.talent", "foo"]);
    expect(read.errors[1].message).toMatch(/between 0 and 20000/);
  });
  test("round-trips through scenarioToQuery", () => {
    const levers = {
      export_controls: [
        [2023, 0.5],
        [2025, 0.9]
      ] as Array<[number, number]>,
      compute_subsidy: "min(0.8, 0.05 * (t - 2022))",
      talent: 1.5
    };
    const query = scenarioToQuery("open-data", levers);
    expect(query).toBe("?scenario=open-data&export_controls=2023:0.5,2025:0.9&compute_subsidy=min(0.8%2C%200.05%20*%20(t%20-%202022))&talent=1.5".replace("%2C", ","));
    const read = scenarioFromQuery(query, data, undefined, formulas);
    expect(read.errors).toEqual([]);
    expect(read.preset).toBe("open-data");
    expect(read.levers).toEqual(levers);
    expect(scenarioToQuery("baseline", {})).toBe("");
  });
  test("runs like the CLI's --scenario PRESET --set LEVER=VALUE", () => {
    const read = scenarioFromQuery("?scenario=beijing-plan&public_compute=3000", data);
    const cli = {version: 1 as const, extends: "beijing-plan", name: "beijing-plan", levers: {public_compute: 3000}, parameters: {}, time: {}};
    expect(projectionToCsv(engine.simulate(read.scenario))).toBe(projectionToCsv(engine.simulate(cli)));
  });
});
