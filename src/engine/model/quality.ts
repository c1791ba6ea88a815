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
    equations: [
      {defines: "hallucination_rate", expression: "hallucination_initial * quality ^ (-hallucination_quality_elasticity)"}
    ],
    links: [{from: "quality_index", to: "hallucination_rate", polarity: "-"}]
  }),
  create(c) {
    const q = c.stock("quality");
    const oQuality = c.output("quality_index");
    const oHallucination = c.output("hallucination_rate");
    const p = c.parameters({h0: "hallucination_initial", beta: "hallucination_quality_elasticity"});
    // The market reads quality and hallucination as powers: their logs are kept for it.
    const r = c.registers;
    const logQuality = c.register("log_quality");
    const logHallucination = c.register("log_hallucination");
    let logH0 = 0;
    return {
      prepare() {
        logH0 = Math.log(p.h0);
      },
      step(_k, y, _dydt, out) {
        const lq = Math.log(Math.max(y[q], 1e-9));
        const lh = logH0 - p.beta * lq;
        out[oQuality] = y[q];
        out[oHallucination] = Math.exp(lh);
        r[logQuality] = lq;
        r[logHallucination] = lh;
      }
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
          "quality_growth * quality * compute_access ^ quality_compute_elasticity * (quality_data_base + data_openness) ^ quality_data_elasticity * talent ^ quality_talent_elasticity * (1 - quality / quality_max)",
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
    const oDemand = c.output("compute_demand_pflops");
    const oSupply = c.output("compute_supply_pflops");
    const p = c.parameters({
      growth: "quality_growth",
      qMax: "quality_max",
      computeElasticity: "quality_compute_elasticity",
      dataBase: "quality_data_base",
      dataElasticity: "quality_data_elasticity",
      talentElasticity: "quality_talent_elasticity"
    });
    // Lever-only powers change only when the levers do (most schedules are piecewise constant).
    let dataSeen = NaN;
    let talentSeen = NaN;
    let leverFactor = 1;
    return {
      prepare() {
        dataSeen = talentSeen = NaN;
      },
      step(k, y, dydt, out) {
        if (data[k] !== dataSeen || talent[k] !== talentSeen) {
          dataSeen = data[k];
          talentSeen = talent[k];
          leverFactor = power(p.dataBase + dataSeen, p.dataElasticity) * power(talentSeen, p.talentElasticity);
        }
        const demand = out[oDemand];
        const access = demand > 0 ? Math.min(1, out[oSupply] / demand) : 1;
        const quality = y[q];
        dydt[q] = p.growth * quality * (access < 1 ? power(access, p.computeElasticity) : 1) * leverFactor * (1 - quality / p.qMax);
      }
    };
  }
};
