import {describe, expect, it} from "vitest";
import {blocks, data, defaultTime, engine, headlineOutputs, levers, outputs, parameters, presets, simulate} from "../../src/index.js";

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
