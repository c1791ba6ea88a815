import {describe, expect, it} from "vitest";
import {domainViolations} from "../../bench/wellPosedCases.mjs";
import type {OutputId, Projection} from "../../src/index.js";
import {data, engine} from "../helpers.js";

// Issue 10: run to 2100, every output stays within physical and economic bounds. Each bound is
// stated with its basis: the model's own ceilings (data/parameters.json, data/dimensions.json),
// accounting identities, or a figure of the economy the industry lives in.

type Bound = {output: OutputId; max: (p: Projection) => number; basis: string};

const parameter = (p: Projection, id: string) => p.scenario.parameters[id];
const peak = (p: Projection, id: OutputId) => Math.max(...p.series[id]);

const bounds: Bound[] = [
  {
    output: "market_bn_rmb",
    max: (p) => parameter(p, "market_potential_bn_rmb"),
    basis: "the ceiling of spending on large-model services revenue saturates against: about a tenth of China's enterprise IT spending (data/parameters.json)"
  },
  ...data.dimensions.sectors.map(
    (s): Bound => ({
      output: `market_${s.id}_bn_rmb` as OutputId,
      max: (p) => s.potentialShare * parameter(p, "market_potential_bn_rmb"),
      basis: `${s.id}'s share of that ceiling (data/dimensions.json)`
    })
  ),
  {output: "beijing_llm_revenue_bn_rmb", max: (p) => peak(p, "market_bn_rmb"), basis: "Beijing's providers earn part of the national market"},
  {
    output: "beijing_ai_core_bn_rmb",
    max: () => 4380,
    basis: "Beijing's whole economy: its GDP was 4.38 trillion RMB in 2023 (Beijing Municipal Bureau of Statistics); one industry of the city cannot exceed it"
  },
  {
    output: "providers_total",
    max: () => 4500,
    basis: "every provider of a model of 1B parameters or more is an AI firm or institute: China counted somewhat more than 4,500 AI enterprises in 2024 (MIIT)"
  },
  {output: "providers_beijing", max: () => 2400, basis: "Beijing's AI firms in 2024 (data/observations.json, bj-ai-firms-2024)"},
  {
    output: "compute_installed_pflops",
    max: () => 1.08e9,
    basis:
      "what all of China's electricity could power: 9,456 TWh generated in 2023 (National Bureau of Statistics) is 1.08e9 kW around the clock, at 1 kW per PFLOPS (FP16; an H100 draws 0.7 kW for 0.99 PFLOPS before servers and cooling)"
  },
  {output: "compute_served_pflops", max: (p) => peak(p, "compute_supply_pflops"), basis: "compute served to large models is at most the compute in use"},
  {
    output: "tokens_per_day",
    max: (p) => (peak(p, "compute_served_pflops") * Math.max(parameter(p, "tokens_per_pflops_max"), parameter(p, "tokens_per_pflops_initial"))) / 365,
    basis: "tokens need compute: at most the compute served times the ceiling of tokens a PFLOPS serves in a year"
  },
  {
    output: "quality_index",
    max: (p) => parameter(p, "quality_max"),
    basis: "frontier quality grows towards its ceiling, quality_max (data/parameters.json)"
  },
  {
    output: "fiscal_cost_bn_rmb",
    max: () => 1000,
    basis: "China's whole public budget for science and technology, about 1,000 bn RMB a year (Ministry of Finance, 2023)"
  }
];

const presets = Object.keys(data.scenarios);

describe.each(presets)("%s, run to 2100", (id) => {
  const projection = engine.simulate({version: 1, extends: id, time: {to: 2100}});

  it("reaches 2100, every output finite and inside its declared bounds (shares in [0, 1], stocks and costs non-negative)", () => {
    expect(projection.annual.years.at(-1)).toBe(2100);
    expect(domainViolations(projection)).toEqual([]);
  });

  it.each(bounds.map((b) => [b.output, b] as const))("%s stays within its stated bound", (_, {output, max, basis}) => {
    const bound = max(projection);
    expect(Number.isFinite(bound), basis).toBe(true);
    expect(peak(projection, output), `${output} above ${bound}: ${basis}`).toBeLessThanOrEqual(bound * (1 + 1e-9));
  });

  it("keeps the token price positive", () => {
    expect(Math.min(...projection.series.token_price_rmb_per_mtok)).toBeGreaterThan(0);
  });
});
