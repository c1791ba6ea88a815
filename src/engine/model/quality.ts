import {power} from "../core/power.js";
import {declareOutput, declareStock, type BlockFactory} from "./block.js";

/**
 * Quality: a model-quality index (2023 = 1) grows logistically with compute access, high-quality
 * data and talent; the hallucination rate falls as quality rises (the seed names data and
 * hallucination as the second and third obstacles to adoption).
 *
 * Split in two so that the level is known before the market reads it and the growth after the
 * compute block has computed access: every value still comes from the current state.
 */
export const qualityLevel: BlockFactory = {
  spec: () => ({
    id: "quality",
    label: {zh: "模型质量", en: "Quality"},
    stocks: [declareStock("quality", ["模型质量指数", "Model quality index"], "1", 1)],
    outputs: [
      declareOutput("quality", "quality_index", ["模型质量指数", "Model quality index"], "1", "stock", "Quality of the best available models, 2023 = 1."),
      declareOutput("quality", "hallucination_rate", ["幻觉率", "Hallucination rate"], "1", "auxiliary", "Share of answers with a factual error; falls as quality rises.")
    ],
    equations: [{defines: "hallucination_rate", expression: "hallucination_initial * quality ^ (-hallucination_quality_elasticity)"}],
    links: [{from: "quality_index", to: "hallucination_rate", polarity: "-"}]
  }),
  create(c) {
    const q = c.stock("quality");
    const p = c.parameters({h0: "hallucination_initial", beta: "hallucination_quality_elasticity"});
    const logH0 = c.scalar();
    // The market reads quality and hallucination as powers: their logs are kept for it.
    const logQuality = c.register("log_quality");
    const logHallucination = c.register("log_hallucination");
    return {
      prepare() {
        logH0.value = Math.log(p.h0.value);
      },
      code: `
        ${logQuality} = Math.log(Math.max(y[${q}], 1e-9));
        ${logHallucination} = ${logH0} - ${p.beta} * ${logQuality};
        ${c.output("quality_index")} = y[${q}];
        ${c.output("hallucination_rate")} = Math.exp(${logHallucination});`
    };
  }
};

export const qualityGrowth: BlockFactory = {
  spec: () => ({
    id: "quality-growth",
    label: {zh: "质量提升", en: "Quality growth"},
    stocks: [],
    outputs: [],
    auxiliaries: [{id: "compute_access", unit: "1", description: "Share of compute demand met: min(1, supply / demand)."}],
    equations: [
      {defines: "compute_access", expression: "min(1, compute_supply_pflops / compute_demand_pflops)"},
      {
        defines: "quality",
        derivative: true,
        expression:
          "quality_growth * quality * compute_access ^ quality_compute_elasticity * (quality_data_base + data_openness) ^ quality_data_elasticity * talent ^ quality_talent_elasticity * (1 - quality / quality_max)"
      }
    ],
    links: [
      {from: "compute_gap_pflops", to: "quality_index", polarity: "-"},
      {from: "data_openness", to: "quality_index", polarity: "+"},
      {from: "talent", to: "quality_index", polarity: "+"}
    ]
  }),
  create(c) {
    const q = c.stock("quality");
    const data = c.lever("data_openness");
    const talent = c.lever("talent");
    const p = c.parameters({
      growth: "quality_growth",
      qMax: "quality_max",
      computeElasticity: "quality_compute_elasticity",
      dataBase: "quality_data_base",
      dataElasticity: "quality_data_elasticity",
      talentElasticity: "quality_talent_elasticity"
    });
    const d = data.values;
    const t = talent.values;
    const leverFactor = c.leverCurve([data, talent], (k) => power(p.dataBase.value + d[k], p.dataElasticity.value) * power(t[k], p.talentElasticity.value));
    const demand = c.output("compute_demand_pflops");
    const inverseMax = c.scalar();
    return {
      prepare() {
        inverseMax.value = 1 / p.qMax.value;
      },
      code: `
        const access = ${demand} > 0 ? Math.min(1, ${c.output("compute_supply_pflops")} / ${demand}) : 1;
        const quality = y[${q}];
        dydt[${q}] = ${p.growth} * quality * (access < 1 ? power(access, ${p.computeElasticity}) : 1) * ${leverFactor} * (1 - quality * ${inverseMax});`
    };
  }
};
