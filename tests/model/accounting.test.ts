import {describe, expect, it} from "vitest";
import {type OutputId, simulate, type Projection} from "../../src/index.js";
import {data} from "../helpers.js";

const {sectors, regions, kinds, layers} = data.dimensions;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(a), Math.abs(b));

/** Output ids built from the dimensions (`providers_${region}`) are the engine's to check, not the compiler's. */
function expectSum(p: Projection, total: OutputId, parts: string[]) {
  const series = p.series;
  for (let i = 0; i < p.time.length; i++) {
    const sum = parts.reduce((s, id) => s + series[id as OutputId][i], 0);
    expect(relative(sum, series[total][i]), `${total} at ${p.time[i]}`).toBeLessThan(1e-12);
  }
}

/** stock[i + 1] = stock[i] + dt * net flow[i]: exact under Euler. */
function expectIntegral(p: Projection, stock: OutputId, net: (i: number) => number, tolerance: number) {
  const dt = p.time[1] - p.time[0];
  for (let i = 0; i + 1 < p.time.length; i++) {
    expect(relative(p.series[stock][i] + dt * net(i), p.series[stock][i + 1]), `${stock} at ${p.time[i]}`).toBeLessThan(tolerance);
  }
}

// Euler's stocks reconcile with its flows exactly; RK4's to its accuracy (below).
describe.each(["baseline", "compute-push", "beijing-plan"])("accounting under Euler, %s", (id) => {
  const p = simulate({version: 1, extends: id, time: {method: "euler"}});
  const s = p.series;
  it("providers: start plus the integral of entries minus exits", () => {
    expectIntegral(p, "providers_total", (i) => s.entries[i] - s.exits[i], 1e-12);
  });
  it("installed compute: start plus additions minus retirements", () => {
    expectIntegral(p, "compute_installed_pflops", (i) => s.accelerator_imports_pflops[i] + s.domestic_additions_pflops[i] + s.public_additions_pflops[i] - s.compute_retirements_pflops[i], 1e-12);
  });
  it("regions sum to the nation; kinds sum to the total; Beijing's kinds to Beijing", () => {
    expectSum(
      p,
      "providers_total",
      regions.map((r) => `providers_${r.id}`)
    );
    expectSum(
      p,
      "providers_total",
      kinds.map((k) => `providers_${k.id}`)
    );
    expectSum(
      p,
      "providers_beijing",
      kinds.map((k) => `providers_beijing_${k.id}`)
    );
  });
  it("layers and sectors sum to the market", () => {
    expectSum(
      p,
      "market_bn_rmb",
      layers.map((l) => `market_${l.id}_bn_rmb`)
    );
    expectSum(
      p,
      "market_bn_rmb",
      sectors.map((x) => `market_${x.id}_bn_rmb`)
    );
  });
  it("lever costs sum to the fiscal cost", () => {
    expectSum(
      p,
      "fiscal_cost_bn_rmb",
      p.outputs.filter((o) => /^fiscal_cost_.+_bn_rmb$/.test(o.id) && o.id !== "fiscal_cost_bn_rmb").map((o) => o.id)
    );
  });
  it("large models are served at most what supply allows; the gap is what demand at the no-shortage price lacks", () => {
    for (let i = 0; i < p.time.length; i++) {
      expect(s.compute_served_pflops[i]).toBeLessThanOrEqual(s.compute_supply_pflops[i] * (1 + 1e-12));
      expect(s.compute_served_beijing_pflops[i]).toBeLessThanOrEqual(s.compute_served_pflops[i] * (1 + 1e-12));
      expect(s.compute_gap_pflops[i]).toBeCloseTo(Math.max(0, s.compute_demand_pflops[i] - s.compute_served_pflops[i]), 6);
      expect(s.compute_gap_beijing_pflops[i]).toBeCloseTo(Math.max(0, s.compute_demand_beijing_pflops[i] - s.compute_served_beijing_pflops[i]), 6);
      expect(s.compute_gap_pflops[i]).toBeGreaterThanOrEqual(s.compute_gap_beijing_pflops[i] * (1 - 1e-9) - 1e-9);
    }
  });
  it("annual flows are the sum of rate x dt over the year's steps", () => {
    const year = 2024;
    const perYear = 12;
    const first = (year - 2023) * perYear;
    let total = 0;
    for (let i = first; i < first + perYear; i++) total += s.market_bn_rmb[i] / perYear;
    expect(p.annual.series.market_bn_rmb[year - 2023]).toBeCloseTo(total, 12);
    expect(p.annual.series.providers_total[year - 2023]).toBe(s.providers_total[first + perYear]);
  });
});

describe("accounting under RK4", () => {
  const p = simulate("baseline");
  const s = p.series;
  it("annual flows are the trapezoid sum of rate x dt over the year", () => {
    const year = 2024;
    const first = (year - 2023) * 12;
    let total = (s.market_bn_rmb[first] + s.market_bn_rmb[first + 12]) / 24;
    for (let i = first + 1; i < first + 12; i++) total += s.market_bn_rmb[i] / 12;
    expect(p.annual.series.market_bn_rmb[year - 2023]).toBeCloseTo(total, 12);
  });
  it("stocks still equal start plus the integral of flows, to the method's accuracy", () => {
    // Trapezoid over the monthly save points: second order (about 1e-3 here), not RK4's fourth.
    const dt = p.time[1] - p.time[0];
    let integral = s.providers_total[0];
    for (let i = 0; i + 1 < p.time.length; i++) integral += (dt / 2) * (s.entries[i] - s.exits[i] + s.entries[i + 1] - s.exits[i + 1]);
    expect(relative(integral, s.providers_total[p.time.length - 1])).toBeLessThan(3e-3);
  });
});
