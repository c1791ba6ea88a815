import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {declaredScenario, domainViolations} from "../../bench/wellPosedCases.mjs";
import {data, engine} from "../helpers.js";

// Issue 12: for any scenario inside the declared ranges (levers as constants, points or formulas;
// parameters anywhere in [min, max], not only their priors), every output is finite at every save
// point, every stock non-negative, every share in [0, 1], every cost non-negative (the bounds
// engine.outputs declare). `npm run nightly` runs the same property on 100,000 scenarios.
// A failure is reported as found, not shrunk: shrinking a scenario of 150 values runs thousands
// of simulations; the message names the output, the instant and the value, and fast-check prints
// the scenario.

const grid = fc.record({
  step: fc.constantFrom("month", "quarter", "year"),
  method: fc.constantFrom("euler", "rk4"),
  to: fc.integer({min: 2023, max: 2100})
});

describe("the model is well-posed over its whole declared space", () => {
  it("2,000 scenarios on the default grid (RK4, monthly, to 2035): every output finite and within its declared bounds at every save point", () => {
    fc.assert(
      fc.property(declaredScenario(data), (scenario) => {
        expect(domainViolations(engine.simulate(scenario))).toEqual([]);
      }),
      {numRuns: 2000, seed: 20231129, endOnFailure: true}
    );
  });

  it("200 scenarios on any grid, to any year up to 2100", () => {
    fc.assert(
      fc.property(
        grid.chain((time) => declaredScenario(data, time)),
        (scenario) => {
          const projection = engine.simulate(scenario);
          expect(domainViolations(projection)).toEqual([]);
          expect(projection.annual.years.length).toBe(scenario.time.to - 2023 + 1);
        }
      ),
      {numRuns: 200, seed: 7, endOnFailure: true}
    );
  });

  it("finds what leaves the domain: a share above 1, a negative stock, a value that is not finite", () => {
    const projection = engine.simulate("baseline");
    const broken = {...projection, series: {...projection.series}};
    broken.series.hallucination_rate = projection.series.hallucination_rate.map((v, i) => (i === 3 ? 1.5 : v));
    broken.series.providers_total = projection.series.providers_total.map((v, i) => (i === 5 ? -1 : v));
    broken.series.market_bn_rmb = projection.series.market_bn_rmb.map((v, i) => (i === 7 ? Number.NaN : v));
    broken.series.fiscal_cost_bn_rmb = projection.series.fiscal_cost_bn_rmb.map((v, i) => (i === 9 ? -0.1 : v));
    expect(domainViolations(broken).map(({kind, output, time}) => [kind, output, time])).toEqual([
      ["not finite", "market_bn_rmb", projection.time[7]],
      ["negative stock", "providers_total", projection.time[5]],
      ["share outside [0, 1]", "hallucination_rate", projection.time[3]],
      ["negative cost", "fiscal_cost_bn_rmb", projection.time[9]]
    ]);
  });
});
