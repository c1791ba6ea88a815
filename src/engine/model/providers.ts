import type {BlockDeclaration} from "./block.js";

/**
 * Providers by region and kind. Each kind's national count seeks a capacity: the revenue of the
 * layers it serves divided by the revenue a provider needs to stay viable. General models converge
 * (the seed: 通用大模型趋于收敛) because the viable revenue of a frontier model grows with training
 * cost faster than the base layer's revenue; industry models grow with sector adoption. Entry is
 * pulled by the room under capacity and talent, pushed back by regulatory burden and the compute
 * cost; exit grows with crowding and the compute cost. Regions share entrants by attractiveness,
 * Beijing's scaled by its policy emphasis; exits fall on regions in proportion to their stock.
 */
export const providers: BlockDeclaration = {
  id: "providers",
  label: {zh: "模型供给方", en: "Providers"},
  description: "Providers by region and kind enter while revenue can sustain more of them and exit when the field is crowded.",
  reads: ["market_<layer>_bn_rmb", "log_compute_cost"],
  stocks: [
    {
      id: "providers_<region>_<kind>",
      label: {zh: "{region}{kind}大模型供给方", en: "{kind} providers, {region}"},
      unit: "provider",
      initial: "providers_initial_<kind> * provider_share_<region>_<kind>",
      derivative: "entries_<kind> * entrant_weight_<region>_<kind> / entrant_weight_total_<kind> - exit_share_<kind> * providers_<region>_<kind>",
      description: "{kind}-model providers based in {region}."
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
      id: "capacity_<kind>",
      unit: "provider",
      equation: "sum(market_<layer>_bn_rmb * layer_serves_<layer>_<kind>) / (viable_revenue_<kind> * exp(viable_revenue_growth_<kind> * tau))",
      description: "Number of {kind}-model providers the revenue they serve can sustain; viable revenue per provider grows with training cost."
    },
    {
      id: "entries_<kind>",
      unit: "provider/year",
      equation:
        "entry_rate_<kind> * max(0, capacity_<kind> - providers_<kind>) * talent ^ talent_entry_elasticity * (1 - regulation_entry_burden * regulation) * exp(-compute_cost_entry_elasticity * log_compute_cost)",
      description: "Entry of {kind}-model providers."
    },
    {
      id: "crowding_<kind>",
      unit: "1",
      equation: "providers_<kind> + capacity_<kind> > 0 ? providers_<kind> / (providers_<kind> + capacity_<kind>) : 0",
      description: "How crowded the {kind}-model field is: providers over providers plus capacity."
    },
    {
      id: "exit_share_<kind>",
      unit: "1/year",
      equation: "exit_rate_<kind> * crowding_<kind> * exp(compute_cost_exit_elasticity * log_compute_cost)",
      description: "Share of {kind}-model providers leaving per year; exits fall on regions in proportion to their stock."
    },
    {id: "exits_<kind>", unit: "provider/year", equation: "exit_share_<kind> * providers_<kind>", description: "Exit of {kind}-model providers."},
    {
      id: "entrant_weight_<region>_<kind>",
      unit: "1",
      equation: "provider_share_<region>_<kind> * (is_beijing_<region> ? beijing_emphasis ^ beijing_emphasis_elasticity : 1)",
      description: "{region}'s pull on {kind}-model entrants: its 2023 share, Beijing's scaled by its emphasis."
    },
    {id: "entrant_weight_total_<kind>", unit: "1", equation: "sum(entrant_weight_<region>_<kind>)", description: "Sum of the regions' pulls on {kind}-model entrants."},
    {id: "entries", label: {zh: "进入", en: "Entries"}, unit: "provider/year", output: "flow", equation: "sum(entries_<kind>)", description: "New providers per year."},
    {id: "exits", label: {zh: "退出", en: "Exits"}, unit: "provider/year", output: "flow", equation: "sum(exits_<kind>)", description: "Providers leaving per year."}
  ],
  links: [
    {from: "market_bn_rmb", to: "providers_total", polarity: "+"},
    {from: "compute_price_index", to: "providers_total", polarity: "-"},
    {from: "talent", to: "providers_total", polarity: "+"},
    {from: "regulation", to: "providers_total", polarity: "-"},
    {from: "compute_subsidy", to: "providers_total", polarity: "+"},
    {from: "beijing_emphasis", to: "providers_beijing", polarity: "+"}
  ]
};
