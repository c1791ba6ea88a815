import type {BlockDeclaration} from "./block.js";

/**
 * Adoption and market. Each sector adopts by Bass diffusion (innovation plus imitation); high-stakes
 * sectors adopt only as fast as reliability allows (the seed: a wrong answer in government Q&A
 * costs more than it saves), gated by a logistic in the hallucination rate whose tolerance rises
 * with the trust regulation buys. Revenue = adoption x sector potential x price x value of quality;
 * it splits into the business layers by sector.
 */
export const market: BlockDeclaration = {
  id: "market",
  label: {zh: "应用与市场", en: "Adoption and market"},
  description: "Sectors adopt by diffusion, the cautious ones gated by reliability; revenue splits into the business layers.",
  reads: ["log_quality", "log_hallucination"],
  stocks: [
    {
      id: "adoption_<sector>",
      label: {zh: "{sector}采用率", en: "Adoption, {sector}"},
      unit: "1",
      initial: "adoption_initial * innovation_weight_<sector>",
      derivative:
        "(adoption_innovation * innovation_weight_<sector> + is_demonstration_<sector> * demo_effect * demo_scenarios / (demo_scenarios + demo_half_saturation) + adoption_imitation * adoption_<sector>) * (1 - adoption_<sector>) * reliability_gate_<sector> * (1 - regulation_drag * regulation)",
      description: "Share of the sector's potential that uses large models."
    },
    {
      id: "tenders_cumulative",
      label: {zh: "行业大模型招标项目（累计）", en: "Industry-model tenders, cumulative"},
      unit: "tender",
      initial: "tenders_initial",
      derivative: "tenders_per_bn_rmb * market_industry_bn_rmb",
      description: "Completed tender projects for industry models since 2023."
    }
  ],
  variables: [
    {
      id: "hallucination_strain",
      unit: "1",
      equation: "exp(reliability_gate_steepness * (log_hallucination - log(1 + regulation_trust * regulation)))",
      description: "(hallucination rate / the tolerance scale regulation's trust buys) ^ steepness: the gate's common factor."
    },
    {
      id: "reliability_gate_<sector>",
      unit: "1",
      equation: "is_high_stakes_<sector> ? 1 / (1 + hallucination_strain * hallucination_tolerance_<sector> ^ (-reliability_gate_steepness)) : 1",
      description: "Share of the adoption rate a high-stakes sector allows at the current hallucination rate (1 for the others)."
    },
    {
      id: "market_<sector>_bn_rmb",
      label: {zh: "{sector}市场", en: "Market, {sector}"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "adoption_<sector> * potential_share_<sector> * market_potential_bn_rmb * exp((potential_growth - model_price_decline) * tau) * exp(quality_value_elasticity * log_quality)",
      description: "Revenue from {sector}."
    },
    {
      id: "market_<layer>_bn_rmb",
      label: {zh: "{layer}市场", en: "Market, {layer} layer"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "sum(market_<sector>_bn_rmb * layer_share_<sector>_<layer>)",
      description: "Revenue of the {layer} layer."
    },
    {
      id: "market_bn_rmb",
      label: {zh: "大模型市场规模", en: "Large-model market"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "sum(market_<sector>_bn_rmb)",
      description: "Revenue of large-model services (a rate per step; a total per year in annual tables)."
    },
    {
      id: "market_volume_bn_rmb",
      label: {zh: "用量（2023年价格）", en: "Usage at 2023 prices"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "sum(adoption_<sector> * potential_share_<sector>) * market_potential_bn_rmb * exp(potential_growth * tau)",
      description: "Revenue at 2023 prices and quality: the volume that drives inference compute."
    }
  ],
  links: [
    {from: "quality_index", to: "market_bn_rmb", polarity: "+"},
    {from: "hallucination_rate", to: "market_bn_rmb", polarity: "-"},
    {from: "demo_scenarios", to: "market_bn_rmb", polarity: "+"},
    {from: "regulation", to: "market_bn_rmb", polarity: "-"}
  ]
};
