import type {BlockDeclaration} from "./block.js";

/**
 * Compute, in PFLOPS (P). Demand = training (per provider, by kind, growing with model scale) +
 * inference (with usage), damped by the compute cost. Supply = utilised installed base of imported
 * high-end accelerators (cut by export controls), domestic accelerators (from a production
 * capacity that grows logistically) and public platforms, each a stock that ages out. Scarcity
 * (the share of notional demand unmet) raises the price index, which slows entry, speeds exit and
 * slows quality growth: the balancing loop the seed describes (算力资源供不应求).
 *
 * The price reads notional demand (before the price response) so there is no algebraic loop;
 * prices are worked in logs because demand, entry and exit respond to them as powers.
 */
export const compute: BlockDeclaration = {
  id: "compute",
  label: {zh: "算力", en: "Compute"},
  description: "Training and inference demand meet imported, domestic and public supply; scarcity raises the price.",
  reads: ["providers_<kind>", "providers_beijing_<kind>", "providers_total", "providers_beijing", "market_volume_bn_rmb"],
  stocks: [
    {
      id: "installed_imported_pflops",
      label: {zh: "进口高端加速卡算力", en: "Imported accelerators"},
      unit: "PFLOPS",
      initial: "supply_initial_imported",
      derivative: "accelerator_imports_pflops - installed_imported_pflops / accelerator_life",
      description: "Installed imported high-end accelerators."
    },
    {
      id: "installed_domestic_pflops",
      label: {zh: "国产加速卡算力", en: "Domestic accelerators"},
      unit: "PFLOPS",
      initial: "supply_initial_domestic",
      derivative: "domestic_additions_pflops - installed_domestic_pflops / accelerator_life",
      description: "Installed domestic accelerators."
    },
    {
      id: "installed_public_pflops",
      label: {zh: "公共算力平台", en: "Public compute platforms"},
      unit: "PFLOPS",
      initial: "supply_initial_public",
      derivative: "public_additions_pflops - installed_public_pflops / accelerator_life",
      description: "Installed compute of public platforms."
    }
  ],
  variables: [
    {
      id: "compute_installed_pflops",
      label: {zh: "已部署算力", en: "Installed compute"},
      unit: "PFLOPS",
      output: "stock",
      equation: "installed_imported_pflops + installed_domestic_pflops + installed_public_pflops",
      description: "Imported + domestic + public installed base."
    },
    {
      id: "training_demand_pflops",
      unit: "PFLOPS",
      equation: "sum(providers_<kind> * training_per_<kind>_pflops) * exp(training_growth * tau)",
      description: "Training demand of all providers."
    },
    {
      id: "training_demand_beijing_pflops",
      unit: "PFLOPS",
      equation: "sum(providers_beijing_<kind> * training_per_<kind>_pflops) * exp(training_growth * tau)",
      description: "Training demand of Beijing-based providers."
    },
    {
      id: "inference_demand_pflops",
      unit: "PFLOPS",
      equation: "market_volume_bn_rmb * inference_intensity * exp(-inference_efficiency * tau)",
      description: "Inference demand: usage times compute per unit of usage, falling with efficiency."
    },
    {
      id: "inference_demand_beijing_pflops",
      unit: "PFLOPS",
      equation: "providers_total > 0 ? inference_demand_pflops * providers_beijing / providers_total : 0",
      description: "Beijing's share of inference demand, in proportion to its providers."
    },
    {
      id: "compute_demand_notional",
      unit: "PFLOPS",
      equation: "training_demand_pflops + inference_demand_pflops",
      description: "Demand before the price response; the price reads it, so there is no algebraic loop."
    },
    {
      id: "compute_demand_beijing_notional",
      unit: "PFLOPS",
      equation: "training_demand_beijing_pflops + inference_demand_beijing_pflops",
      description: "Beijing firms' demand before the price response."
    },
    {
      id: "utilization",
      unit: "1",
      equation: "min(1, utilization_base + (1 - utilization_base) * utilization_subsidy_response * compute_subsidy)",
      description: "Share of installed compute model firms can use (raised by vouchers)."
    },
    {
      id: "compute_supply_pflops",
      label: {zh: "算力供给（全国）", en: "Compute supply, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "utilization * compute_installed_pflops",
      description: "Utilised installed compute available to large-model providers."
    },
    {
      id: "beijing_public_share_effective",
      unit: "1",
      equation: "beijing_public_share * beijing_emphasis / (beijing_public_share * beijing_emphasis + 1 - beijing_public_share)",
      description: "Beijing's share of public platform compute at the current emphasis."
    },
    {
      id: "compute_supply_beijing_pflops",
      label: {zh: "算力供给（北京）", en: "Compute supply, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "utilization * (beijing_supply_share * (installed_imported_pflops + installed_domestic_pflops) + beijing_public_share_effective * installed_public_pflops)",
      description: "Compute Beijing-based providers can use."
    },
    {
      id: "log_compute_price",
      unit: "1",
      equation:
        "scarcity_price_elasticity * ((compute_demand_notional > 0 ? max(0, compute_demand_notional - compute_supply_pflops) / compute_demand_notional : 0) - scarcity_reference) - compute_cost_decline * tau",
      description: "Log of the compute price index: scarcity (the share of notional demand unmet) raises it, cost decline lowers it."
    },
    {
      id: "log_compute_price_beijing",
      unit: "1",
      equation:
        "scarcity_price_elasticity * ((compute_demand_beijing_notional > 0 ? max(0, compute_demand_beijing_notional - compute_supply_beijing_pflops) / compute_demand_beijing_notional : 0) - scarcity_reference) - compute_cost_decline * tau",
      description: "Log of Beijing's compute price: Beijing firms bid for Beijing's supply, so compute added elsewhere cannot raise Beijing's demand by more than it adds to Beijing's supply."
    },
    {
      id: "log_compute_cost",
      unit: "1",
      equation: "log_compute_price + log(1 - compute_subsidy)",
      description: "Log of the compute cost firms face: the price net of vouchers."
    },
    {
      id: "compute_demand_pflops",
      label: {zh: "算力需求（全国）", en: "Compute demand, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "compute_demand_notional * exp(-compute_demand_elasticity * log_compute_cost)",
      description: "Training plus inference demand of large-model providers at the current compute cost."
    },
    {
      id: "compute_demand_beijing_pflops",
      label: {zh: "算力需求（北京）", en: "Compute demand, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "compute_demand_beijing_notional * exp(-compute_demand_elasticity * (log_compute_price_beijing + log(1 - compute_subsidy)))",
      description: "Demand of Beijing-based providers."
    },
    {
      id: "compute_gap_pflops",
      label: {zh: "算力缺口（全国）", en: "Compute gap, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "max(0, compute_demand_pflops - compute_supply_pflops)",
      description: "max(0, demand - supply)."
    },
    {
      id: "compute_gap_beijing_pflops",
      label: {zh: "算力缺口（北京）", en: "Compute gap, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "max(0, compute_demand_beijing_pflops - compute_supply_beijing_pflops)",
      description: "max(0, Beijing demand - Beijing supply); the seed: about 5000 P."
    },
    {
      id: "compute_price_index",
      label: {zh: "算力价格指数", en: "Compute price index"},
      unit: "1",
      output: "level",
      equation: "exp(log_compute_price)",
      description: "Price of a unit of compute, 2023 scarcity = 1 before cost decline."
    },
    {
      id: "compute_price_index_beijing",
      label: {zh: "算力价格指数（北京）", en: "Compute price index, Beijing"},
      unit: "1",
      output: "level",
      equation: "exp(log_compute_price_beijing)",
      description: "Price of compute for Beijing firms, from Beijing's own scarcity."
    },
    {
      id: "accelerator_imports_pflops",
      label: {zh: "高端加速卡进口", en: "Accelerator imports"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "imports_desired_pflops * exp(imports_growth * tau) * (1 - export_controls)",
      description: "High-end accelerators imported per year, after export controls."
    },
    {
      id: "domestic_additions_pflops",
      label: {zh: "国产加速卡新增", en: "Domestic additions"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "domestic_capacity_initial > 0 ? domestic_capacity_max / (1 + (domestic_capacity_max / domestic_capacity_initial - 1) * exp(-integral(domestic_accelerators))) : 0",
      description: "Domestic accelerators installed per year: output grows logistically at the domestic_accelerators rate towards the industry's capacity (exact, whatever the step)."
    },
    {
      id: "public_additions_pflops",
      label: {zh: "公共算力新增", en: "Public platform additions"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "public_compute",
      description: "Public platform compute built per year."
    },
    {
      id: "compute_retirements_pflops",
      label: {zh: "算力退役", en: "Retirements"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "compute_installed_pflops / accelerator_life",
      description: "Installed compute ageing out per year."
    }
  ],
  links: [
    {from: "providers_total", to: "compute_demand_pflops", polarity: "+"},
    {from: "market_bn_rmb", to: "compute_demand_pflops", polarity: "+"},
    {from: "compute_demand_pflops", to: "compute_gap_pflops", polarity: "+"},
    {from: "compute_supply_pflops", to: "compute_gap_pflops", polarity: "-"},
    {from: "compute_gap_pflops", to: "compute_price_index", polarity: "+"},
    {from: "compute_price_index", to: "compute_demand_pflops", polarity: "-"},
    {from: "export_controls", to: "compute_supply_pflops", polarity: "-"},
    {from: "domestic_accelerators", to: "compute_supply_pflops", polarity: "+"},
    {from: "public_compute", to: "compute_supply_pflops", polarity: "+"},
    {from: "compute_subsidy", to: "compute_supply_pflops", polarity: "+"},
    {from: "compute_subsidy", to: "compute_demand_pflops", polarity: "+"},
    {from: "beijing_emphasis", to: "compute_gap_beijing_pflops", polarity: "-"}
  ]
};
