import {describe, expect, it} from "vitest";
import json from "../checks/checks.json" with {type: "json"};
import {type OutputId, simulate} from "../../src/index.js";
import {data, everyValue, scenario, stockOutputs} from "../helpers.js";

// Each check in tests/checks/checks.json is one test: the brief's checks read as data.
const checks = json as unknown as {monotone: Array<{describe: string; lever: string; values: number[]; outputs: OutputId[]; direction: string}>; extremes: Extreme[]};

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

type Extreme = {
  describe: string;
  levers?: Record<string, number> | "min" | "max";
  parameters?: Record<string, number>;
  time?: {method?: "euler" | "rk4"; to?: number};
  zero?: OutputId[];
  decays?: {output: OutputId; life: string};
  versus?: {scenario: string; from: number; lower?: OutputId[]; "not-lower"?: OutputId[]};
  settles?: {output: OutputId; from: number; to: number; tolerance: number};
};

describe.each(checks.extremes)("extreme: $describe", ({levers, parameters, time, zero, decays, versus, settles}) => {
  const leverValues = typeof levers === "string" ? Object.fromEntries(data.levers.map((l) => [l.id, l[levers]])) : levers;
  const p = simulate(scenario(leverValues, parameters, time));
  it("every output is finite and every stock non-negative", () => {
    for (const [id, v] of everyValue(p)) expect(Number.isFinite(v), id).toBe(true);
    for (const id of stockOutputs) for (const v of p.series[id]) expect(v, id).toBeGreaterThanOrEqual(0);
  });
  if (zero) {
    it.each(zero)("%s is zero throughout", (id) => {
      for (const v of p.series[id]) expect(Math.abs(v), id).toBeLessThan(1e-9);
    });
  }
  if (decays) {
    it(`${decays.output} only ages out: each Euler step keeps 1 - dt / life of it`, () => {
      const series = p.series[decays.output];
      const life = p.scenario.parameters[decays.life];
      const keep = 1 - (p.time[1] - p.time[0]) / life;
      for (let i = 0; i + 1 < series.length; i++) expect(series[i + 1] / series[i]).toBeCloseTo(keep, 12);
    });
  }
  if (versus) {
    // Over the same span: a check may run past the baseline's horizon.
    const reference = simulate({version: 1, extends: versus.scenario, ...(time && {time})});
    const years = Array.from(p.annual.years)
      .map((year, y) => [year, y])
      .filter(([year]) => year >= versus.from);
    it.each(versus.lower ?? [])(`%s is below the ${versus.scenario}'s from ${versus.from}`, (id) => {
      for (const [year, y] of years) expect(p.annual.series[id][y], `${id} in ${year}`).toBeLessThan(reference.annual.series[id][y]);
    });
    it.each(versus["not-lower"] ?? [])(`%s is not below the ${versus.scenario}'s from ${versus.from}`, (id) => {
      for (const [year, y] of years) expect(p.annual.series[id][y], `${id} in ${year}`).toBeGreaterThanOrEqual(reference.annual.series[id][y] * (1 - 1e-9));
    });
  }
  if (settles) {
    it(`${settles.output} settles: it changes by less than ${settles.tolerance * 100}% from ${settles.from} to ${settles.to}`, () => {
      const at = (year: number) => p.annual.series[settles.output][year - p.annual.years[0]];
      expect(Math.abs(at(settles.to) / at(settles.from) - 1)).toBeLessThan(settles.tolerance);
    });
  }
});
