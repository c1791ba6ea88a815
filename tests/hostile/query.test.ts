import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {data, engine, parseLeverValue, ScenarioError, scenarioFromQuery} from "../../src/index.js";

const formulas = engine.formulas;
const leverIds = data.levers.map((l) => l.id);

describe("scenarioFromQuery reports every problem and never throws", () => {
  it.each([
    ["?export_controls=2025:0.9,2023:0.5", "levers.export_controls", "levers.export_controls has its points out of order (2025 before 2023): give the years in increasing order"],
    ["?export_controls=2023:0.5,2023:0.9", "levers.export_controls", "levers.export_controls gives the year 2023 twice: give each year once, in increasing order"],
    ["?talent=max()", "levers.talent", "levers.talent formula calls max() with 0 arguments; it takes at least 1"],
    ["?talent=0.1|0.2", "levers.talent", "levers.talent formula may not use the operator |"],
    ["?talent=round(0.1,99)", "levers.talent", "levers.talent formula cannot be evaluated at t = "],
    ["?__proto__=1", "__proto__", "__proto__ is a reserved name, never a lever id"],
    ["?constructor=1", "constructor", "constructor is a reserved name, never a lever id"],
    ["?prototype=1", "prototype", "prototype is a reserved name, never a lever id"],
    ["?talnet=1", "talnet", "talnet is not a lever; did you mean talent? levers are "],
    ["?scenario=compute-psh", "scenario", 'scenario names no preset "compute-psh"; did you mean compute-push? presets are '],
    ["?scenario=__proto__", "scenario", 'scenario names no preset "__proto__"; presets are '],
    ["?talent=1&talent=2", "levers.talent", "levers.talent is given more than once (1, then 2); the first is kept"]
  ])("%s", (query, field, message) => {
    const read = scenarioFromQuery(query, data, undefined, formulas);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toBeInstanceOf(ScenarioError);
    expect(read.errors[0].field).toBe(field);
    expect(read.errors[0].message.startsWith(message), read.errors[0].message).toBe(true);
    expect(Object.getPrototypeOf(read.levers)).toBe(Object.prototype);
  });
  it("keeps the first of a repeated lever and every good value beside the bad ones", () => {
    const read = scenarioFromQuery("?talent=1.5&talent=2&public_compute=3000&regulation=max()", data, undefined, formulas);
    expect(read.levers).toEqual({talent: 1.5, public_compute: 3000});
    expect(read.errors.map((e) => e.field)).toEqual(["levers.talent", "levers.regulation"]);
  });
  it("holds for 1,000 random queries of lever names, reserved names and hostile values", () => {
    const name = fc.constantFrom(...leverIds, "scenario", "__proto__", "constructor", "toString", "x");
    const value = fc.oneof(
      fc.string({maxLength: 30}),
      fc.constantFrom("max()", "0.1|0.2", "round(0.1,99)", '"5 cm" to "inch"', "2025:1,2023:0", "2023:1,2023:1", "NaN", "1e999", "t>2025", "%zz", "baseline"),
      fc.array(fc.tuple(fc.integer({min: 2000, max: 2200}), fc.double({noNaN: true})), {maxLength: 4}).map((points) => points.map(([y, v]) => `${y}:${v}`).join(","))
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), {maxLength: 6}), (pairs) => {
        const search = new URLSearchParams(pairs);
        const read = scenarioFromQuery(search, data, undefined, formulas);
        for (const error of read.errors) expect(error).toBeInstanceOf(ScenarioError);
        for (const id of Object.keys(read.levers)) expect(leverIds).toContain(id);
      }),
      {numRuns: 1000, seed: 9}
    );
  });
});

describe("parseLeverValue throws only ScenarioError, naming the field", () => {
  it("for any text", () => {
    fc.assert(
      fc.property(fc.string({maxLength: 40}), (text) => {
        try {
          parseLeverValue(text, "levers.x");
        } catch (error) {
          expect(error).toBeInstanceOf(ScenarioError);
          expect((error as ScenarioError).field).toBe("levers.x");
        }
      }),
      {numRuns: 1000, seed: 3}
    );
  });
  it("for values that are not text (from a script)", () => {
    for (const value of [null, undefined, 3, {}, []]) expect(() => parseLeverValue(value as never, "levers.x")).toThrow(/^levers\.x must be text/);
  });
});
