import type {BlockDeclaration} from "./block.js";

/**
 * Beijing's AI core industry (人工智能核心产业), so that the 300 bn RMB target the Beijing measures
 * set for 2025 is a projected output: the revenue of Beijing's large-model providers, times the
 * AI business it carries with it (chips and servers, platforms, applications built on the models),
 * plus the rest of Beijing's AI core industry (vision, speech, autonomous driving, AI chips),
 * which grows with the city's policy emphasis towards a ceiling.
 */
export const beijing: BlockDeclaration = {
  id: "beijing",
  label: {zh: "北京人工智能核心产业", en: "Beijing AI core industry"},
  description: "Beijing's large-model revenue and the AI business it carries, plus the rest of Beijing's AI core industry.",
  reads: ["market_base_bn_rmb", "market_industry_bn_rmb", "market_application_bn_rmb", "providers_beijing_general", "providers_general", "providers_beijing_industry", "providers_industry"],
  variables: [
    {
      id: "beijing_llm_revenue_bn_rmb",
      label: {zh: "北京大模型收入", en: "Beijing large-model revenue"},
      unit: "bnRMB/year",
      output: "flow",
      equation:
        "(providers_general > 0 ? market_base_bn_rmb * providers_beijing_general / providers_general : 0) + (providers_industry > 0 ? (market_industry_bn_rmb + market_application_bn_rmb) * providers_beijing_industry / providers_industry : 0)",
      description: "Revenue of Beijing-based providers: each layer's revenue shared by the providers of its kind."
    },
    {
      id: "beijing_ai_other_bn_rmb",
      unit: "bnRMB/year",
      equation:
        "beijing_ai_other_initial > 0 ? beijing_ai_other_max * beijing_ai_other_initial / (beijing_ai_other_initial + (beijing_ai_other_max - beijing_ai_other_initial) * exp(-beijing_ai_other_growth * integral(beijing_emphasis ^ beijing_emphasis_elasticity))) : 0",
      description: "Beijing's AI core industry other than large models, growing with the city's emphasis towards a ceiling (none grows from none)."
    },
    {
      id: "beijing_ai_core_bn_rmb",
      label: {zh: "北京人工智能核心产业规模", en: "Beijing AI core industry"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "beijing_ai_other_bn_rmb + beijing_llm_multiplier * beijing_llm_revenue_bn_rmb",
      description: "Beijing's AI core industry: the Beijing measures of 2023-05 aim at 300 bn RMB in 2025."
    }
  ],
  links: [
    {from: "market_bn_rmb", to: "beijing_ai_core_bn_rmb", polarity: "+"},
    {from: "beijing_emphasis", to: "beijing_ai_core_bn_rmb", polarity: "+"}
  ]
};
