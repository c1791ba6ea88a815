import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {type LeverSpec, type OutputId, simulate} from "../../src/index.js";
import {data, everyValue, stockOutputs} from "../helpers.js";

// MODEL.md: everything stays finite and non-negative for any lever values in range.
const leverValue = (spec: LeverSpec) => {
  const value = fc.double({min: spec.min, max: spec.max, noNaN: true});
  const points = fc
    .uniqueArray(fc.integer({min: 2023, max: 2035}), {minLength: 1, maxLength: 4})
    .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((year) => fc.tuple(fc.constant(year), value))));
  return fc.oneof(value, points);
};

const scenarioArbitrary = fc.record({
  levers: fc.record(Object.fromEntries(data.levers.map((l) => [l.id, leverValue(l)]))),
  time: fc.record({step: fc.constantFrom("month", "quarter", "year"), method: fc.constantFrom("euler", "rk4"), to: fc.integer({min: 2023, max: 2050})})
});

describe("any in-range scenario", () => {
  it("yields finite outputs and non-negative stocks", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({levers, time}) => {
        const p = simulate({version: 1, extends: "baseline", levers: levers as never, time: time as never});
        for (const [id, v] of everyValue(p)) expect(Number.isFinite(v), id).toBe(true);
        for (const id of stockOutputs) for (const v of p.series[id]) expect(v, id).toBeGreaterThanOrEqual(0);
        expect(p.annual.years.length).toBe(time.to - 2023 + 1);
      }),
      {numRuns: 60, seed: 20231129}
    );
  });
  it("adoption stays a share and the hallucination rate a rate", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({levers, time}) => {
        const p = simulate({version: 1, extends: "baseline", levers: levers as never, time: time as never});
        for (const s of data.dimensions.sectors) for (const v of p.series[`adoption_${s.id}` as OutputId]) expect(v).toBeLessThanOrEqual(1 + 1e-9);
        for (const v of p.series.hallucination_rate) expect(v).toBeLessThanOrEqual(1);
      }),
      {numRuns: 30, seed: 7}
    );
  });
});
