import type {BlockDeclaration} from "./block.js";

/**
 * Quality. The frontier's quality index (2023 = 1) grows with the training compute the general
 * providers obtain against what the frontier needs, with high-quality data and talent, towards a
 * ceiling; the best open-weights model closes the gap to it, faster with policy support for open
 * models. The hallucination rate falls as quality rises (the seed names data and hallucination as
 * the second and third obstacles to adoption).
 */
export const quality: BlockDeclaration = {
  id: "quality",
  label: {zh: "模型质量", en: "Quality"},
  description: "Frontier quality grows with the training compute obtained, data and talent; open-weights models catch up; hallucination falls as quality rises.",
  reads: ["training_served_pflops_general", "providers_general", "frontier_compute_pflops"],
  stocks: [
    {
      id: "quality_index",
      label: {zh: "前沿模型质量指数", en: "Frontier model quality"},
      unit: "1",
      initial: "1",
      derivative: "quality_index * quality_growth_rate",
      description: "Quality of the best available models, 2023 = 1."
    },
    {
      id: "open_quality_index",
      label: {zh: "开源模型质量指数", en: "Open-weights model quality"},
      unit: "1",
      initial: "open_quality_initial",
      derivative: "max(0, quality_index - open_quality_index) * open_catchup_rate",
      description: "Quality of the best open-weights model, on the frontier's scale."
    }
  ],
  variables: [
    {
      id: "training_intensity",
      unit: "1",
      equation: "providers_general > 0 ? min(1, training_served_pflops_general / (providers_general * frontier_compute_pflops)) : 0",
      description: "Training compute a general provider obtains, as a share of what a frontier model needs."
    },
    {
      id: "quality_growth_rate",
      unit: "1/year",
      equation:
        "quality_growth * training_intensity ^ quality_compute_elasticity * (quality_data_base + data_openness) ^ quality_data_elasticity * talent ^ quality_talent_elasticity * max(0, 1 - quality_index / quality_max)",
      description: "Relative growth of frontier quality per year: never negative (the best model stays available), slowing to nothing at the ceiling."
    },
    {
      id: "open_catchup_rate",
      unit: "1/year",
      equation: "open_catchup * (1 + open_weights_effect * open_weights) * talent ^ quality_talent_elasticity",
      description: "Rate at which open-weights models close the gap to the frontier."
    },
    {
      id: "open_gap",
      label: {zh: "开源与前沿差距", en: "Open-weights gap"},
      unit: "1",
      output: "level",
      equation: "max(0, 1 - open_quality_index / quality_index)",
      description: "How far the best open-weights model trails the frontier (0: none).",
      min: 0,
      max: 1
    },
    {id: "log_quality", unit: "1", equation: "log(quality_index)", description: "Log of the quality index."},
    {id: "log_hallucination", unit: "1", equation: "log(hallucination_initial) - hallucination_quality_elasticity * log_quality", description: "Log of the hallucination rate."},
    {
      id: "hallucination_rate",
      label: {zh: "幻觉率", en: "Hallucination rate"},
      unit: "1",
      output: "level",
      equation: "exp(log_hallucination)",
      description: "Share of answers with a factual error; falls as quality rises.",
      min: 0,
      max: 1
    }
  ],
  links: [
    {from: "compute_gap_pflops", to: "quality_index", polarity: "-"},
    {from: "data_openness", to: "quality_index", polarity: "+"},
    {from: "talent", to: "quality_index", polarity: "+"},
    {from: "quality_index", to: "hallucination_rate", polarity: "-"},
    {from: "open_weights", to: "open_gap", polarity: "-"},
    {from: "quality_index", to: "open_gap", polarity: "+"}
  ]
};
