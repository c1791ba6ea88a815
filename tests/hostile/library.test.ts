import {describe, expect, it} from "vitest";
import {
  attributeLevers,
  blocks,
  createEngine,
  data,
  defaultTime,
  engine,
  goalSeek,
  headlineOutputs,
  levers,
  loadScenario,
  monteCarlo,
  outputs,
  parameters,
  parseGoal,
  planSobol,
  presets,
  ScenarioError,
  simulate,
  tornado
} from "../../src/index.js";

// Issue 12: the library is safe to script. Declarations are shared by every run, so they are
// deeply frozen; what a run returns is the caller's own, so writing into it changes nothing later.

/** Every object reachable from `root` that is not frozen (typed arrays and Maps cannot be). */
function unfrozen(root: unknown, path: string): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, at: string) => {
    if (typeof value !== "object" || value === null || seen.has(value) || ArrayBuffer.isView(value) || value instanceof Map) return;
    seen.add(value);
    if (!Object.isFrozen(value)) found.push(at);
    for (const key of Reflect.ownKeys(value)) walk((value as Record<PropertyKey, unknown>)[key], `${at}.${String(key)}`);
  };
  walk(root, path);
  return found;
}

const baseline2030 = () => simulate("baseline").annual.series.market_bn_rmb[7];

describe("exported declarations are deeply frozen", () => {
  it.each([
    ["engine.data", engine.data],
    ["engine.outputs", engine.outputs],
    ["engine.declarations", engine.declarations],
    ["engine.structure", engine.structure],
    ["engine.model", engine.model],
    ["engine", engine],
    ["headlineOutputs", headlineOutputs],
    ["blocks", blocks],
    ["defaultTime", defaultTime],
    ["data", data],
    ["levers", levers],
    ["parameters", parameters],
    ["outputs", outputs],
    ["presets", presets]
  ])("%s", (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it("refuses every mutation (strict mode throws), and later runs are unchanged", () => {
    const before = baseline2030();
    const attempts: Array<() => void> = [
      () => {
        (levers[0] as {max: number}).max = 1e9;
      },
      () => {
        (levers.find((l) => l.id === "export_controls")!.default as Array<[number, number]>)[1][1] = 0;
      },
      () => {
        (parameters.find((p) => p.id === "market_potential_bn_rmb") as {default: number}).default = -1;
      },
      () => {
        (data.calibration!.parameters as Record<string, number>).market_potential_bn_rmb = 1;
      },
      () => {
        (presets.baseline as {levers?: object}).levers = {talent: 2};
      },
      () => {
        (data.dimensions.sectors[0] as {potentialShare: number}).potentialShare = 5;
      },
      () => {
        (outputs[0] as {annual: string}).annual = "sum";
      },
      () => {
        (headlineOutputs as string[]).push("nope");
      },
      () => {
        (defaultTime as {to: number}).to = 2100;
      },
      () => {
        (engine as {simulate: unknown}).simulate = () => null;
      },
      () => {
        (engine.model.floors as number[])[0] = -1;
      },
      () => {
        (blocks[0].variables as unknown[]).length = 0;
      }
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(baseline2030()).toBe(before);
  });
});

describe("what a run returns is the caller's own", () => {
  it("writing into a projection's time, series and annual tables changes no later run", () => {
    const first = simulate("baseline");
    const expected = Array.from(first.series.market_bn_rmb);
    const time = Array.from(first.time);
    first.time.fill(2000);
    first.series.market_bn_rmb.fill(-1);
    first.annual.series.market_bn_rmb.fill(-1);
    first.annual.years.fill(0);
    const second = simulate("baseline");
    expect(Array.from(second.time)).toEqual(time);
    expect(Array.from(second.series.market_bn_rmb)).toEqual(expected);
    expect(second.annual.years[0]).toBe(2023);
  });

  it("lever points a resolved scenario returns cannot be written, and the series a prepared scenario holds are its own", () => {
    const resolved = engine.resolve("beijing-plan");
    const points = resolved.levers.beijing_emphasis as Array<[number, number]>;
    expect(() => {
      points[1][1] = 3;
    }).toThrow(TypeError);
    const compiled = engine.compile("beijing-plan");
    const expected = compiled.run().annual.series.providers_beijing[5];
    compiled.prepared.levers.beijing_emphasis.fill(0.5);
    expect(engine.compile("beijing-plan").run().annual.series.providers_beijing[5]).toBe(expected);
  });

  it("a scenario's own points stay the caller's: resolving copies them rather than freezing them", () => {
    const mine: Array<[number, number]> = [
      [2023, 0.5],
      [2025, 0.9]
    ];
    const resolved = engine.resolve({version: 1, levers: {export_controls: mine}});
    mine[1][1] = 1;
    expect((resolved.levers.export_controls as Array<[number, number]>)[1][1]).toBe(0.9);
  });

  it("runInto writes only into the caller's buffer, and run() allocates a fresh one each time", () => {
    const compiled = engine.compile("baseline");
    const a = compiled.run();
    const b = compiled.run();
    expect(a.series.market_bn_rmb).not.toBe(b.series.market_bn_rmb);
    expect(a.time).not.toBe(b.time);
    const buffer = compiled.runInto(new Float64Array(compiled.size));
    buffer.fill(Number.NaN);
    expect(Array.from(compiled.run().series.market_bn_rmb)).toEqual(Array.from(a.series.market_bn_rmb));
  });
});

describe("every entry point refuses bad input with a ScenarioError naming the field", () => {
  const compiled = engine.compile("baseline");
  const goal = parseGoal("market_bn_rmb@2030 >= 1");
  const cases: Array<[string, () => unknown, string, RegExp]> = [
    ["simulate(null)", () => simulate(null as never), "scenario", /must be a JSON object, got null/],
    ["simulate(42)", () => simulate(42 as never), "scenario", /got 42/],
    ["simulate([])", () => simulate([] as never), "scenario", /got \[\]/],
    ["a NaN parameter", () => simulate({version: 1, parameters: {accelerator_life: Number.NaN}}), "parameters.accelerator_life", /must be a number/],
    ["a parameter out of range", () => simulate({version: 1, parameters: {accelerator_life: 99}}), "parameters.accelerator_life", /between 1 and 15/],
    ["a lever that is not a lever", () => simulate({version: 1, levers: {talnet: 1} as never}), "levers.talnet", /did you mean talent/],
    ["an object shaped like a resolved scenario", () => simulate({...engine.resolve("baseline"), time: {from: 2023, to: 99999, step: "year", method: "euler"}} as never), "version", /is missing/],
    ["simulate's options not an object", () => engine.simulate("baseline", 5 as never), "options", /must be an object, got the number 5/],
    ["stepsPerYear 0", () => engine.compile("baseline", {stepsPerYear: 0}), "stepsPerYear", /from 1 to 1000, got the number 0/],
    ["stepsPerYear 1e9", () => engine.compile("baseline", {stepsPerYear: 1e9}), "stepsPerYear", /got the number 1000000000/],
    ["run(null)", () => compiled.run(null as never), "parameters", /must be an object, got null/],
    ["run with an unknown parameter", () => compiled.run({acelerator_life: 3} as never), "parameters.acelerator_life", /did you mean accelerator_life/],
    ["run with a parameter as text", () => compiled.run({accelerator_life: "5"} as never), "parameters.accelerator_life", /must be a number, got the text "5"/],
    ["run with NaN", () => compiled.run({accelerator_life: Number.NaN}), "parameters.accelerator_life", /got NaN/],
    ["runInto(null)", () => compiled.runInto(null as never), "runInto", /Float64Array of \d+ numbers/],
    ["runInto a short buffer", () => compiled.runInto(new Float64Array(3)), "runInto", /got one of 3/],
    ["runInto a Float32Array", () => compiled.runInto(new Float32Array(compiled.size) as never), "runInto", /got Float32Array/],
    ["derive(_, null)", () => engine.derive("baseline", null as never), "changes", /must be an object, got null/],
    ["derive with levers 5", () => engine.derive("baseline", {levers: 5 as never}), "levers", /must be an object/],
    ["a point that is not a pair", () => engine.compile(engine.derive("baseline", {levers: {talent: [5] as never}})), "levers.talent[0]", /\[year, value\] pair/],
    [
      "a lever that is an object",
      () => engine.compile(engine.derive("baseline", {levers: {talent: {} as never}})),
      "levers.talent",
      /must be a number, a list of \[year, value\] points, or a formula/
    ],
    ["monteCarlo(null)", () => monteCarlo(engine, null as never), "options", /must be an object, got null/],
    ["monteCarlo runs NaN", () => monteCarlo(engine, {runs: Number.NaN, seed: 1} as never), "runs", /integer between 1 and/],
    ["monteCarlo outputs as text", () => monteCarlo(engine, {runs: 10, seed: 1, outputs: "market_bn_rmb"} as never), "outputs", /must be a list/],
    ["monteCarlo an unknown output", () => monteCarlo(engine, {runs: 10, seed: 1, outputs: ["market"]} as never), "outputs", /unknown output "market"/],
    ["monteCarlo quantiles NaN", () => monteCarlo(engine, {runs: 10, seed: 1, quantiles: [Number.NaN]} as never), "quantiles", /between 0 and 1, got NaN/],
    ["monteCarlo scenario null", () => monteCarlo(engine, {runs: 10, seed: 1, scenario: null as never}), "scenario", /got null/],
    ["goalSeek(null)", () => goalSeek(engine, null as never), "options", /must be an object/],
    ["goalSeek goals missing", () => goalSeek(engine, {levers: ["talent"], objective: "fiscal_cost_bn_rmb"} as never), "goals", /must be a list, got undefined/],
    ["goalSeek levers as text", () => goalSeek(engine, {goals: [goal], levers: "talent" as never, objective: "fiscal_cost_bn_rmb"}), "levers", /must be a list/],
    ["tornado(null)", () => tornado(engine, null as never), "options", /must be an object/],
    ["tornado an unknown output", () => tornado(engine, {scenario: "baseline", output: "market", year: 2030}), "output", /unknown output "market"/],
    ["tornado year NaN", () => tornado(engine, {scenario: "baseline", output: "market_bn_rmb", year: Number.NaN}), "year", /got NaN/],
    ["planSobol samples 1", () => planSobol(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2030, samples: 1, seed: 1}), "samples", /between 2 and/],
    ["attributeLevers(null)", () => attributeLevers(engine, null as never), "options", /must be an object/],
    ["attributeLevers an unknown output", () => attributeLevers(engine, {scenario: "compute-push", output: "nope"}), "output", /unknown output "nope"/],
    ["parseGoal(5)", () => parseGoal(5 as never), "goal", /must be text, got the number 5/],
    ["loadScenario(null)", () => loadScenario(null as never), "scenario", /must be a preset id or the path of a \.json file, got null/],
    ["createEngine(null)", () => createEngine(null as never), "data", /got null/],
    ["createEngine({})", () => createEngine({} as never), "data.levers", /list of declarations/]
  ];
  it.each(cases)("%s", (_what, call, field, message) => {
    let error: unknown;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).field).toBe(field);
    expect((error as ScenarioError).message).toMatch(message);
  });
});
