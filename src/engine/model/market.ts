import type {BlockDeclaration} from "./block.js";

/**
 * Adoption, usage, price and revenue. Each sector adopts by Bass diffusion (innovation plus
 * imitation), faster as models get cheaper; high-stakes sectors only as fast as reliability
 * allows (the seed: a wrong answer in government Q&A costs more than it saves), gated by the
 * hallucination rate against a tolerance that regulation's trust raises.
 *
 * Usage (tokens) responds to the price per token, which competition sets: it moves towards the
 * unit cost of serving (compute price over tokens per PFLOPS) plus a markup that shrinks as
 * open-weights models close on the frontier and as rivals multiply: a price war (May 2024) grows
 * usage while revenue per token collapses. Revenue is usage revenue (tokens served x price x the
 * paid share) plus solutions (private deployment, integration), both served only as far as
 * compute is, and saturates against a stated ceiling of spending on large models.
 */
export const market: BlockDeclaration = {
  id: "market",
  label: {zh: "应用与市场", en: "Adoption and market"},
  description: "Sectors adopt by diffusion; competition sets the price per token; usage and solutions make the revenue, served only as far as compute is.",
  reads: ["log_quality", "log_hallucination", "open_gap", "providers_general", "inference_served_fraction", "compute_price", "tokens_per_pflops"],
  stocks: [
    {
      id: "adoption_<sector>",
      label: {zh: "{sector}采用率", en: "Adoption, {sector}"},
      unit: "1",
      initial: "adoption_initial * innovation_weight_<sector>",
      derivative: "adoption_flow_<sector>",
      description: "Share of the sector's potential that uses large models.",
      max: 1
    },
    {
      id: "tenders_cumulative",
      label: {zh: "行业大模型中标项目（累计）", en: "Large-model tenders, cumulative"},
      unit: "tender",
      initial: "0",
      derivative: "tenders_per_year",
      description: "Large-model procurement projects won since 2023."
    }
  ],
  variables: [
    {id: "price_ratio", unit: "1", equation: "token_price / token_price_reference", description: "Price per token relative to its 2023 level."},
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
      id: "adoption_rate_<sector>",
      unit: "1/year",
      equation:
        "(adoption_innovation * innovation_weight_<sector> + is_demonstration_<sector> * demo_effect * demo_scenarios / (demo_scenarios + demo_half_saturation) + adoption_imitation * adoption_<sector>) * reliability_gate_<sector> * (1 - regulation_drag * regulation) * (is_high_stakes_<sector> ? 1 + regulation_trust * regulation : 1) * price_ratio ^ (-adoption_price_elasticity)",
      description:
        "Rate at which the sector's non-adopters adopt: innovation, demonstration programmes and imitation, gated by reliability, slowed by compliance; in high-stakes sectors quickened by the trust filed and assessed models earn; quickened by cheaper models."
    },
    {
      id: "adoption_flow_<sector>",
      unit: "1/year",
      equation: "(1 - adoption_<sector>) * adoption_rate_<sector>",
      description: "Adoption per year."
    },
    {
      id: "usage_potential",
      unit: "Ttok/year",
      equation: "usage_potential_max / (1 + (usage_potential_max / usage_potential_initial - 1) * exp(-usage_growth * tau))",
      description: "Tokens a fully adopting economy would use per year at 2023 prices and quality: new uses, saturating."
    },
    {
      id: "price_usage_multiplier",
      unit: "1",
      equation: "price_ratio ^ (-token_price_elasticity) / (1 + price_ratio ^ (-token_price_elasticity) / usage_price_saturation)",
      description: "How much more is used at the current price than at the 2023 price: elastic at first, saturating as tokens become nearly free."
    },
    {
      id: "tokens_demanded_<sector>",
      unit: "Ttok/year",
      equation: "adoption_<sector> * potential_share_<sector> * usage_potential * exp(usage_quality_elasticity * log_quality) * price_usage_multiplier",
      description: "Tokens {sector} asks for at the current price and quality."
    },
    {id: "tokens_demanded", unit: "Ttok/year", equation: "sum(tokens_demanded_<sector>)", description: "Tokens asked for, all sectors."},
    {
      id: "tokens_per_day",
      label: {zh: "日均词元调用量（万亿）", en: "Tokens per day (trillion)"},
      unit: "Ttok/day",
      output: "level",
      equation: "tokens_demanded * inference_served_fraction / 365",
      description: "Tokens processed per day nationally: what is asked for, as far as compute serves it."
    },
    {
      id: "inference_demand_pflops",
      unit: "PFLOPS",
      equation: "tokens_demanded / tokens_per_pflops",
      description: "Compute needed to serve the tokens asked for."
    },
    {
      id: "unit_cost",
      unit: "bnRMB/Ttok",
      equation: "compute_price * (1 - voucher_pass_through * compute_subsidy) / tokens_per_pflops",
      description:
        "Compute cost a token's price is built on: the rental price over tokens per PFLOPS-year, less the share of vouchers passed on to users (vouchers go to firms, which keep most of them as margin and runway)."
    },
    {
      id: "price_markup",
      unit: "1",
      equation: "markup_max * open_gap ^ markup_gap_elasticity * max(providers_general / markup_rivals_reference, 0.01) ^ (-markup_rivals_elasticity)",
      description: "Markup over unit cost: shrinks as open-weights models close on the frontier and as general providers multiply."
    },
    {
      id: "token_price",
      unit: "bnRMB/Ttok",
      equation: "unit_cost * (1 + price_markup)",
      description: "Average list price of paid model tiers (bn RMB per trillion tokens): the unit cost of serving plus a competitive markup (prices reset within weeks, as in May 2024)."
    },
    {
      id: "token_price_rmb_per_mtok",
      label: {zh: "模型价格（元/百万词元）", en: "Token price (RMB per million tokens)"},
      unit: "RMB/Mtok",
      output: "level",
      equation: "token_price * 1000",
      description: "Average list price of paid model tiers, in RMB per million tokens."
    },
    {
      id: "solution_potential",
      unit: "bnRMB/year",
      equation: "solution_potential_max / (1 + (solution_potential_max / solution_potential_initial - 1) * exp(-solution_growth * tau))",
      description: "Spending on large-model solutions (private deployment, integration) a fully adopting economy would make per year at 2023 quality: saturating."
    },
    {
      id: "revenue_desired_<sector>",
      unit: "bnRMB/year",
      equation: "tokens_demanded_<sector> * token_price * paid_share + adoption_<sector> * potential_share_<sector> * solution_potential * exp(solution_quality_elasticity * log_quality)",
      description: "What {sector} would pay for the usage and solutions it asks for."
    },
    {
      id: "market_planned_<sector>",
      unit: "bnRMB/year",
      equation:
        "potential_share_<sector> * market_potential_bn_rmb > 0 ? revenue_desired_<sector> * potential_share_<sector> * market_potential_bn_rmb / (revenue_desired_<sector> + potential_share_<sector> * market_potential_bn_rmb) : 0",
      description: "Revenue from {sector} if compute served all demand, saturating against its share of the ceiling of spending on large models."
    },
    {
      id: "market_<sector>_bn_rmb",
      label: {zh: "{sector}市场", en: "Market, {sector}"},
      unit: "bnRMB/year",
      output: "flow",
      equation: "market_planned_<sector> * inference_served_fraction",
      description: "Revenue from {sector}: only the demand compute serves is sold."
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
      id: "tenders_per_year",
      label: {zh: "大模型中标项目", en: "Large-model tenders"},
      unit: "tender/year",
      output: "flow",
      equation: "tender_intensity * sum(procurement_weight_<sector> * potential_share_<sector> * (adoption_flow_<sector> + tender_renewal_rate * adoption_<sector>))",
      description: "Procurement projects for large models won per year in sectors that buy by tender: new adopters' projects and adopters' renewals and extensions."
    }
  ],
  links: [
    {from: "quality_index", to: "market_bn_rmb", polarity: "+"},
    {from: "hallucination_rate", to: "market_bn_rmb", polarity: "-"},
    {from: "demo_scenarios", to: "market_bn_rmb", polarity: "+"},
    {from: "regulation", to: "market_bn_rmb", polarity: "-"},
    {from: "open_gap", to: "token_price_rmb_per_mtok", polarity: "+"},
    {from: "token_price_rmb_per_mtok", to: "tokens_per_day", polarity: "-"},
    {from: "compute_gap_pflops", to: "market_bn_rmb", polarity: "-"}
  ]
};
