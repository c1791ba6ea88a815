import type {BlockDeclaration} from "./block.js";

/**
 * Providers and their capital, by kind (general, industry) and region. A provider needs staff
 * and training compute: a frontier model's compute for general providers, growing with scale;
 * fine-tuning compute for industry providers, less as open-weights models close on the frontier.
 * Providers hold capital: investors fund them in proportion to the revenue their layers earn (a
 * multiple that cools as the boom ages); capital pays what revenue does not, as far as it lasts.
 * Entrants come from the investment that funds new firms, divided by what it takes to start one
 * (a runway of its needs: dearer as frontier compute and its price rise), with talent, and held
 * back by regulatory burden; providers exit as their runway runs out. General models converge
 * (the seed: 通用大模型趋于收敛) as frontier costs outgrow the revenue that funds them, never below
 * a core of incumbents. Regions share entrants by attractiveness, Beijing's scaled by its
 * emphasis, which also draws entrants that would not otherwise exist; exits fall on regions in
 * proportion to their stock. Filed generative-AI services follow the providers.
 */
export const providers: BlockDeclaration = {
  id: "providers",
  label: {zh: "模型供给方", en: "Providers"},
  description: "Providers hold capital; they enter with investment and exit as their runway runs out; their training needs set compute demand.",
  reads: ["market_<layer>_bn_rmb", "market_planned_<sector>", "compute_price_effective", "training_served_fraction", "open_gap", "inference_demand_pflops"],
  stocks: [
    {
      id: "providers_<region>_<kind>",
      label: {zh: "{region}{kind}大模型供给方", en: "{kind} providers, {region}"},
      unit: "provider",
      initial: "providers_initial_<kind> * provider_share_<region>_<kind>",
      derivative: "entries_<kind> * entrant_weight_<region>_<kind> / entrant_weight_total_<kind> - (providers_<kind> > 0 ? exits_<kind> * providers_<region>_<kind> / providers_<kind> : 0)",
      description: "{kind}-model providers based in {region}."
    },
    {
      id: "capital_<kind>",
      label: {zh: "{kind}大模型供给方资金", en: "Capital of {kind} providers"},
      unit: "bnRMB",
      initial: "capital_initial_<kind>",
      derivative: "investment_<kind> + max(0, revenue_planned_<kind> - spend_need_<kind>) - burn_<kind> * funding_ratio_<kind>",
      description: "Funding {kind}-model providers hold: investment and any surplus of revenue over needs come in; the burn capital funds goes out (never more than capital / runway_half a year)."
    },
    {
      id: "services_filed",
      label: {zh: "生成式人工智能服务备案（全国）", en: "Generative-AI services filed, China"},
      unit: "service",
      initial: "0",
      derivative: "max(0, services_per_provider * providers_total * filing_open - services_filed) * filing_rate",
      description: "Generative-AI services filed with the CAC under the Interim Measures (filing opened in 2023-08)."
    },
    {
      id: "services_filed_beijing",
      label: {zh: "生成式人工智能服务备案（北京）", en: "Generative-AI services filed, Beijing"},
      unit: "service",
      initial: "0",
      derivative: "max(0, services_per_provider * providers_beijing * filing_open - services_filed_beijing) * filing_rate",
      description: "Services filed by Beijing-based providers."
    }
  ],
  variables: [
    {
      id: "providers_<kind>",
      label: {zh: "{kind}大模型供给方", en: "{kind} providers, China"},
      unit: "provider",
      output: "stock",
      equation: "sum(providers_<region>_<kind>)",
      description: "Providers of {kind} models."
    },
    {
      id: "providers_<region>",
      label: {zh: "{region}大模型供给方", en: "Providers, {region}"},
      unit: "provider",
      output: "stock",
      equation: "sum(providers_<region>_<kind>)",
      description: "Providers based in {region}."
    },
    {
      id: "providers_total",
      label: {zh: "大模型供给方（全国）", en: "Providers, China"},
      unit: "provider",
      output: "stock",
      equation: "sum(providers_<region>)",
      description: "Firms, universities and institutes with models of at least 1B parameters."
    },
    {
      id: "providers_beijing_haidian",
      label: {zh: "海淀区大模型供给方", en: "Providers, Haidian"},
      unit: "provider",
      output: "stock",
      equation: "haidian_share * providers_beijing",
      description: "Beijing providers in Haidian district (a fixed share of Beijing's)."
    },
    {
      id: "revenue_<kind>",
      unit: "bnRMB/year",
      equation: "sum(market_<layer>_bn_rmb * layer_serves_<layer>_<kind>)",
      description: "Revenue of the layers {kind}-model providers serve."
    },
    {
      id: "revenue_planned_<kind>",
      unit: "bnRMB/year",
      equation: "sum(market_planned_<sector> * layer_share_<sector>_<layer> * layer_serves_<layer>_<kind>)",
      description: "Revenue {kind}-model providers would earn if compute served all demand: what they plan their spending on."
    },
    {
      id: "frontier_compute_pflops",
      unit: "PFLOPS/provider",
      equation: "frontier_compute_max / (1 + (frontier_compute_max / frontier_compute_initial - 1) * exp(-frontier_compute_growth * tau))",
      description: "Training compute a general provider needs to keep a frontier model: growing with scale, to a physical and economic ceiling."
    },
    {
      id: "compute_need_<kind>",
      unit: "PFLOPS/provider",
      equation: "is_general_<kind> ? frontier_compute_pflops : finetune_compute * (1 - open_finetune_saving * (1 - open_gap))",
      description:
        "Training compute a {kind}-model provider needs: a frontier model's, or fine-tuning, less as open-weights models close on the frontier (never less than with no gap at all: an open model level with the frontier saves all it can)."
    },
    {
      id: "competition_scale",
      unit: "1",
      equation: "(max(sum(market_planned_<sector>), market_reference) / market_reference) ^ sunk_cost_elasticity",
      description:
        "How much a provider's non-compute costs (teams, sales, research) have grown with the market: in markets with escalating outlays firms grow with the market rather than multiply (Sutton's endogenous sunk costs)."
    },
    {
      id: "fixed_cost_<kind>",
      unit: "bnRMB/year/provider",
      equation: "staff_cost_<kind> * competition_scale",
      description: "Non-compute costs of a {kind}-model provider per year."
    },
    {
      id: "spend_need_<kind>",
      unit: "bnRMB/year",
      equation: "providers_<kind> * (fixed_cost_<kind> + compute_need_<kind> * compute_price_effective)",
      description: "What {kind}-model providers need to spend per year: fixed costs and training compute at the price they pay."
    },
    {
      id: "burn_<kind>",
      unit: "bnRMB/year",
      equation: "max(0, spend_need_<kind> - revenue_planned_<kind>)",
      description: "What {kind}-model providers need beyond the revenue they plan on."
    },
    {
      id: "funding_ratio_<kind>",
      unit: "1",
      equation: "burn_<kind> > 0 ? capital_<kind> / (capital_<kind> + runway_half * burn_<kind>) : 1",
      description: "Share of the burn capital can fund: near 1 with a long runway, falling as it runs out."
    },
    {
      id: "spending_<kind>",
      unit: "bnRMB/year",
      equation: "spend_need_<kind> - burn_<kind> * (1 - funding_ratio_<kind>)",
      description: "What {kind}-model providers spend: their needs up to their planned revenue, and the rest as far as capital funds it."
    },
    {
      id: "training_demand_<kind>",
      unit: "PFLOPS",
      equation: "spend_need_<kind> > 0 ? providers_<kind> * compute_need_<kind> * spending_<kind> / spend_need_<kind> : 0",
      description: "Training compute {kind}-model providers ask for: their needs, as far as they are funded."
    },
    {id: "training_demand_pflops", unit: "PFLOPS", equation: "sum(training_demand_<kind>)", description: "Training compute asked for."},
    {
      id: "training_demand_beijing_pflops",
      unit: "PFLOPS",
      equation: "sum(providers_<kind> > 0 ? training_demand_<kind> * providers_beijing_<kind> / providers_<kind> : 0)",
      description: "Training compute Beijing-based providers ask for."
    },
    {
      id: "training_served_pflops_general",
      unit: "PFLOPS",
      equation: "sum(training_demand_<kind> * is_general_<kind>) * training_served_fraction",
      description: "Training compute general providers obtain."
    },
    {
      id: "inference_demand_beijing_pflops",
      unit: "PFLOPS",
      equation: "inference_demand_pflops * beijing_revenue_share",
      description: "Beijing's share of inference: in proportion to the revenue its providers earn."
    },
    {
      id: "beijing_revenue_share",
      unit: "1",
      equation: "sum(revenue_planned_<kind>) > 0 ? sum(providers_<kind> > 0 ? revenue_planned_<kind> * providers_beijing_<kind> / providers_<kind> : 0) / sum(revenue_planned_<kind>) : 0",
      description: "Beijing-based providers' share of revenue: each kind's revenue shared by provider count."
    },
    {
      id: "investment_multiple_<kind>",
      unit: "1",
      equation: "investment_multiple_long + (investment_multiple_initial_<kind> - investment_multiple_long) * exp(-hype_decay * tau)",
      description: "Investment per yuan of revenue in {kind} models: high in the boom, cooling towards a long-run multiple."
    },
    {
      id: "investment_<kind>",
      unit: "bnRMB/year",
      equation: "investment_multiple_<kind> * revenue_<kind>",
      description: "Funding invested in {kind}-model providers per year."
    },
    {
      id: "entry_ticket_<kind>",
      unit: "bnRMB/provider",
      equation: "entry_runway * (fixed_cost_<kind> + compute_need_<kind> * compute_price_effective)",
      description: "Capital it takes to start a {kind}-model provider: its needs for a runway."
    },
    {
      id: "entrant_weight_<region>_<kind>",
      unit: "1",
      equation: "provider_share_<region>_<kind> * (is_beijing_<region> ? beijing_emphasis ^ beijing_emphasis_elasticity : 1)",
      description: "{region}'s pull on {kind}-model entrants: its 2023 share, Beijing's scaled by its emphasis."
    },
    {id: "entrant_weight_total_<kind>", unit: "1", equation: "sum(entrant_weight_<region>_<kind>)", description: "Sum of the regions' pulls on {kind}-model entrants (1 at baseline emphasis)."},
    {
      id: "entries_<kind>",
      unit: "provider/year",
      equation:
        "entry_investment_share_<kind> * investment_<kind> * funding_ratio_<kind> / entry_ticket_<kind> * talent ^ talent_entry_elasticity * (1 - regulation_entry_burden * regulation) * (1 + beijing_entry_additionality * (entrant_weight_total_<kind> - 1))",
      description:
        "New {kind}-model providers per year: investment for new firms over the ticket to start one, as far as the field's own burn is funded (a crowded field deters entrants), with talent, less regulatory burden, more with Beijing's pull."
    },
    {
      id: "exit_hazard_<kind>",
      unit: "1/year",
      equation: "exit_rate_<kind> * (1 - funding_ratio_<kind>) + exit_base_rate",
      description: "Share of {kind}-model providers leaving per year: mostly those whose runway runs out."
    },
    {
      id: "exits_<kind>",
      unit: "provider/year",
      equation: "max(0, providers_<kind> - providers_core_<kind>) * exit_hazard_<kind>",
      description: "{kind}-model providers leaving per year; a core of incumbents stays."
    },
    {id: "entries", label: {zh: "进入", en: "Entries"}, unit: "provider/year", output: "flow", equation: "sum(entries_<kind>)", description: "New providers per year.", min: 0},
    {id: "exits", label: {zh: "退出", en: "Exits"}, unit: "provider/year", output: "flow", equation: "sum(exits_<kind>)", description: "Providers leaving per year.", min: 0},
    {
      id: "filing_open",
      unit: "1",
      equation: "min(1, max(0, (t - filing_start) / filing_ramp))",
      description: "How far filing under the Interim Measures had opened: 0 before it started, 1 once the first batches had passed."
    },
    {
      id: "filing_rate",
      unit: "1/year",
      equation: "filing_speed * (1 - regulation_entry_burden * regulation)",
      description: "Share of services awaiting filing that are filed per year; stricter regulation slows it."
    }
  ],
  links: [
    {from: "market_bn_rmb", to: "providers_total", polarity: "+"},
    {from: "compute_price_index", to: "providers_total", polarity: "-"},
    {from: "talent", to: "providers_total", polarity: "+"},
    {from: "regulation", to: "providers_total", polarity: "-"},
    {from: "compute_subsidy", to: "providers_total", polarity: "+"},
    {from: "beijing_emphasis", to: "providers_beijing", polarity: "+"},
    {from: "providers_total", to: "compute_demand_pflops", polarity: "+"},
    {from: "open_gap", to: "compute_demand_pflops", polarity: "+"}
  ]
};
