import {describe, expect, it} from "vitest";
import checks from "../checks/checks.json" with {type: "json"};
import {simulate} from "../../src/index.js";
import {data, everyValue, scenario, stockOutputs} from "../helpers.js";

// Each check in tests/checks/checks.json is one test: the brief's checks read as data.

describe.each(checks.monotone)("direction: $describe", ({lever, values, outputs, direction}) => {
  const runs = values.map((value) => simulate(scenario({[lever]: value})));
  it.each(outputs)("%s moves one way at every year", (output) => {
    for (let v = 1; v < runs.length; v++) {
      const before = runs[v - 1].annual.series[output];
      const after = runs[v].annual.series[output];
      for (let y = 0; y < before.length; y++) {
        const slack = 1e-9 * Math.max(1, Math.abs(before[y]));
        const where = `${lever} ${values[v - 1]} -> ${values[v]}, ${runs[v].annual.years[y]}: ${before[y]} -> ${after[y]}`;
        if (direction === "non-increasing") expect(after[y], where).toBeLessThanOrEqual(before[y] + slack);
        else expect(after[y], where).toBeGreaterThanOrEqual(before[y] - slack);
      }
    }
  });
});

type Extreme = {describe: string; levers?: Record<string, number> | "min" | "max"; parameters?: Record<string, number>; zero?: string[]; decays?: {output: string; life: string}};

describe.each(checks.extremes as Extreme[])("extreme: $describe", ({levers, parameters, zero, decays}) => {
  const leverValues = typeof levers === "string" ? Object.fromEntries(data.levers.map((l) => [l.id, l[levers]])) : levers;
  const p = simulate(scenario(leverValues, parameters));
  it("every output is finite and every stock non-negative", () => {
    for (const [id, v] of everyValue(p)) expect(Number.isFinite(v), id).toBe(true);
    for (const id of stockOutputs) for (const v of p.series[id]) expect(v, id).toBeGreaterThanOrEqual(0);
  });
  if (zero) {
    it.each(zero)("%s is zero throughout", (id) => {
      for (const v of p.series[id]) expect(v).toBe(0);
    });
  }
  if (decays) {
    it(`${decays.output} only ages out: each step keeps 1 - dt / life of it`, () => {
      const series = p.series[decays.output];
      const life = p.scenario.parameters[decays.life];
      const keep = 1 - (p.time[1] - p.time[0]) / life;
      for (let i = 0; i + 1 < series.length; i++) expect(series[i + 1] / series[i]).toBeCloseTo(keep, 12);
    });
  }
});
