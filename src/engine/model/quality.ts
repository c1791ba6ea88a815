import type {BlockDeclaration} from "./block.js";

/**
 * Quality: a model-quality index (2023 = 1) grows logistically with compute access, high-quality
 * data and talent; the hallucination rate falls as quality rises (the seed names data and
 * hallucination as the second and third obstacles to adoption). Logs are kept as variables
 * because the market reads quality and the hallucination rate as powers.
 */
export const quality: BlockDeclaration = {
  id: "quality",
  label: {zh: "模型质量", en: "Quality"},
  description: "A model-quality index grows with compute access, data and talent; the hallucination rate falls as quality rises.",
  reads: ["compute_supply_pflops", "compute_demand_pflops"],
  stocks: [
    {
      id: "quality_index",
      label: {zh: "模型质量指数", en: "Model quality index"},
      unit: "1",
      initial: "1",
      derivative:
        "quality_growth * quality_index * (compute_access < 1 ? compute_access ^ quality_compute_elasticity : 1) * (quality_data_base + data_openness) ^ quality_data_elasticity * talent ^ quality_talent_elasticity * (1 - quality_index / quality_max)",
      description: "Quality of the best available models, 2023 = 1."
    }
  ],
  variables: [
    {id: "log_quality", unit: "1", equation: "log(quality_index)", description: "Log of the quality index."},
    {id: "log_hallucination", unit: "1", equation: "log(hallucination_initial) - hallucination_quality_elasticity * log_quality", description: "Log of the hallucination rate."},
    {
      id: "hallucination_rate",
      label: {zh: "幻觉率", en: "Hallucination rate"},
      unit: "1",
      output: "level",
      equation: "exp(log_hallucination)",
      description: "Share of answers with a factual error; falls as quality rises."
    },
    {
      id: "compute_access",
      unit: "1",
      equation: "compute_demand_pflops > 0 ? min(1, compute_supply_pflops / compute_demand_pflops) : 1",
      description: "Share of compute demand met."
    }
  ],
  links: [
    {from: "quality_index", to: "hallucination_rate", polarity: "-"},
    {from: "compute_gap_pflops", to: "quality_index", polarity: "-"},
    {from: "data_openness", to: "quality_index", polarity: "+"},
    {from: "talent", to: "quality_index", polarity: "+"}
  ]
};
