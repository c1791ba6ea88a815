import type {BlockDeclaration} from "./block.js";

/**
 * The compute market, in PFLOPS (FP16, the IDC/Inspur basis of national intelligent compute).
 * Large-model demand (training and inference) and the rest of AI's demand meet a supply of
 * imported high-end accelerators (ordered through a pipeline, capped by export controls),
 * domestic accelerators (an imperfect substitute, from a production capacity that ramps) and
 * public platforms, each ageing out. Served compute is at most supply: Beijing's firms first use
 * Beijing's own supply, then share the national pool with everyone else. Unmet demand is the gap
 * (the seed: 算力资源供不应求). Scarcity raises the rental price with a delay; the price damps
 * demand and draws imports and domestic capacity, with delays.
 *
 * The equations are continuous in time (no term depends on the step); prices are worked in logs,
 * so that they stay positive, and every stock is held within its bounds by the integrator.
 */
export const compute: BlockDeclaration = {
  id: "compute",
  label: {zh: "算力", en: "Compute"},
  description: "Training and inference demand meet imported, domestic and public supply; served compute is at most supply; scarcity raises the price, which draws supply with delays.",
  reads: ["training_demand_pflops", "training_demand_beijing_pflops", "inference_demand_pflops", "inference_demand_beijing_pflops"],
  stocks: [
    {
      id: "import_pipeline_pflops",
      label: {zh: "进口加速卡在途", en: "Imports in the pipeline"},
      unit: "PFLOPS",
      initial: "import_pipeline_initial",
      derivative: "import_orders_pflops - accelerator_imports_pflops",
      description: "High-end accelerators ordered abroad and not yet installed.",
      output: false
    },
    {
      id: "installed_imported_pflops",
      label: {zh: "进口高端加速卡算力", en: "Imported accelerators"},
      unit: "PFLOPS",
      initial: "supply_initial_imported",
      derivative: "accelerator_imports_pflops - installed_imported_pflops * retirement_rate",
      description: "Installed imported high-end accelerators."
    },
    {
      id: "domestic_capacity_pflops",
      label: {zh: "国产加速卡产能", en: "Domestic accelerator capacity"},
      unit: "PFLOPS/year",
      initial: "domestic_capacity_initial",
      derivative: "domestic_capacity_pflops * domestic_capacity_growth",
      description: "Domestic accelerators the industry can make per year.",
      output: false
    },
    {
      id: "installed_domestic_pflops",
      label: {zh: "国产加速卡算力", en: "Domestic accelerators"},
      unit: "PFLOPS",
      initial: "supply_initial_domestic",
      derivative: "domestic_additions_pflops - installed_domestic_pflops * retirement_rate",
      description: "Installed domestic accelerators."
    },
    {
      id: "installed_public_pflops",
      label: {zh: "公共算力平台", en: "Public compute platforms"},
      unit: "PFLOPS",
      initial: "supply_initial_public",
      derivative: "public_compute - installed_public_pflops * retirement_rate",
      description: "Installed compute of public platforms outside Beijing's own programmes."
    },
    {
      id: "installed_beijing_public_pflops",
      label: {zh: "北京公共算力", en: "Beijing public compute"},
      unit: "PFLOPS",
      initial: "beijing_public_initial",
      derivative: "beijing_public_additions_pflops - installed_beijing_public_pflops * retirement_rate",
      description: "Compute Beijing's programmes built for its model firms."
    },
    {
      id: "log_compute_price_index",
      label: {zh: "算力价格指数（对数）", en: "Log compute price index"},
      unit: "1",
      initial: "0",
      derivative: "(log(compute_price_target / compute_price_initial) - log_compute_price_index) / compute_price_delay",
      description: "Log of the rental price relative to 2023.0; follows scarcity with a delay.",
      output: false,
      min: -30,
      max: 30
    }
  ],
  variables: [
    {id: "retirement_rate", unit: "1/year", equation: "1 / accelerator_life", description: "Share of installed compute ageing out per year."},
    {
      id: "compute_price",
      unit: "bnRMB/PFLOPS/year",
      equation: "compute_price_initial * exp(log_compute_price_index)",
      description: "Rental price of a PFLOPS for a year."
    },
    {
      id: "compute_installed_pflops",
      label: {zh: "已部署智能算力", en: "Installed compute"},
      unit: "PFLOPS",
      output: "stock",
      equation: "installed_imported_pflops + installed_domestic_pflops + installed_public_pflops + installed_beijing_public_pflops",
      description: "National intelligent compute installed (FP16): imported, domestic and public."
    },
    {
      id: "utilization",
      unit: "1",
      equation: "min(1, utilization_base + (1 - utilization_base) * utilization_voucher_response * compute_subsidy)",
      description: "Share of installed compute in use: vouchers match idle capacity to firms."
    },
    {
      id: "compute_supply_effective",
      unit: "PFLOPS",
      equation: "utilization * (installed_imported_pflops + domestic_effectiveness * installed_domestic_pflops + installed_public_pflops + installed_beijing_public_pflops)",
      description: "Compute in use, domestic accelerators counted at their effectiveness for large-model work (the software-ecosystem penalty)."
    },
    {
      id: "compute_supply_pflops",
      label: {zh: "智能算力供给（全国）", en: "Compute supply, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "compute_supply_effective",
      description: "Intelligent compute in use nationally, for large models and the rest of AI."
    },
    {
      id: "other_ai_demand_pflops",
      unit: "PFLOPS",
      equation: "other_ai_demand_max / (1 + (other_ai_demand_max / other_ai_demand_initial - 1) * exp(-other_ai_growth * tau))",
      description: "Demand for intelligent compute from AI other than large models (recommendation, vision, speech), saturating."
    },
    {
      id: "compute_asked_pflops",
      unit: "PFLOPS",
      equation: "training_demand_pflops + inference_demand_pflops",
      description: "Training and inference compute large-model providers ask for at the price they pay."
    },
    {
      id: "compute_asked_beijing_pflops",
      unit: "PFLOPS",
      equation: "training_demand_beijing_pflops + inference_demand_beijing_pflops",
      description: "Compute Beijing-based providers ask for at the price they pay."
    },
    {
      id: "scarcity_premium",
      unit: "1",
      equation: "compute_price / compute_cost",
      description: "Rental price over the price at which supply meets demand: above 1 in a shortage."
    },
    {
      id: "priced_out_factor",
      unit: "1",
      equation: "scarcity_premium ^ compute_demand_elasticity",
      description: "How much more inference providers would serve at the price without a shortage than at the price they face."
    },
    {
      id: "compute_demand_pflops",
      label: {zh: "大模型算力需求（全国）", en: "Large-model compute demand, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "training_demand_pflops * scarcity_premium + inference_demand_pflops * priced_out_factor",
      description:
        "Compute large-model providers would use at the price without a shortage. Training budgets are set in money, so at the no-shortage price they buy what they ask for times the premium; inference gets back what the premium priced out, by the demand elasticity."
    },
    {
      id: "compute_demand_beijing_pflops",
      label: {zh: "大模型算力需求（北京）", en: "Large-model compute demand, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "training_demand_beijing_pflops * scarcity_premium + inference_demand_beijing_pflops * priced_out_factor",
      description: "Compute Beijing-based providers would use at the price without a shortage."
    },
    {id: "compute_demand_total", unit: "PFLOPS", equation: "compute_asked_pflops + other_ai_demand_pflops", description: "All demand for intelligent compute at current prices."},
    {
      id: "compute_supply_beijing_pflops",
      label: {zh: "北京本地算力供给", en: "Compute supply in Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "utilization * (beijing_local_share * (installed_imported_pflops + domestic_effectiveness * installed_domestic_pflops) + installed_beijing_public_pflops)",
      description: "Compute in use in Beijing: its share of the national base plus its own public compute."
    },
    {
      id: "beijing_local_served_pflops",
      unit: "PFLOPS",
      equation: "min(compute_asked_beijing_pflops, beijing_local_priority * compute_supply_beijing_pflops)",
      description: "Beijing firms' demand met by Beijing's own supply first."
    },
    {
      id: "pool_served_fraction",
      unit: "1",
      equation:
        "compute_demand_total > beijing_local_served_pflops ? min(1, max(0, compute_supply_effective - beijing_local_served_pflops) / (compute_demand_total - beijing_local_served_pflops)) : 1",
      description: "Share of the rest of demand the national pool serves."
    },
    {
      id: "compute_served_pflops",
      label: {zh: "大模型获得算力（全国）", en: "Compute served to large models, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "beijing_local_served_pflops + (compute_asked_pflops - beijing_local_served_pflops) * pool_served_fraction",
      description: "Compute large-model providers obtain: at most what they ask for and what supply allows."
    },
    {
      id: "compute_served_beijing_pflops",
      label: {zh: "大模型获得算力（北京）", en: "Compute served to large models, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "beijing_local_served_pflops + (compute_asked_beijing_pflops - beijing_local_served_pflops) * pool_served_fraction",
      description: "Compute Beijing-based providers obtain."
    },
    {
      id: "compute_gap_pflops",
      label: {zh: "算力缺口（全国）", en: "Compute gap, China"},
      unit: "PFLOPS",
      output: "level",
      equation: "max(0, compute_demand_pflops - compute_served_pflops)",
      description: "Unmet demand: what large-model providers would use at the price without a shortage, less what they obtain (rationed by quantity or priced out)."
    },
    {
      id: "compute_gap_beijing_pflops",
      label: {zh: "算力缺口（北京）", en: "Compute gap, Beijing"},
      unit: "PFLOPS",
      output: "level",
      equation: "max(0, compute_demand_beijing_pflops - compute_served_beijing_pflops)",
      description: "Beijing firms' unmet demand; the seed's 5000 P is the part of it 30-odd surveyed firms reported (see the method page)."
    },
    {
      id: "inference_served_fraction",
      unit: "1",
      equation: "inference_demand_pflops > 0 ? min(1, compute_served_pflops / (inference_demand_pflops + (1 - inference_priority) * training_demand_pflops)) : 1",
      description:
        "Share of paying inference that is served. Customers come first, in part: firms short of compute cut training before they turn users away (inference_priority 1), or ration both alike (0)."
    },
    {
      id: "training_served_fraction",
      unit: "1",
      equation: "training_demand_pflops > 0 ? max(0, compute_served_pflops - inference_demand_pflops * inference_served_fraction) / training_demand_pflops : 1",
      description: "Share of training demand served: what is left once inference is served."
    },
    {
      id: "compute_scarcity",
      unit: "1",
      equation: "compute_supply_effective > 0 ? min(compute_scarcity_max, compute_demand_total / compute_supply_effective) : compute_scarcity_max",
      description: "Demand over supply, capped: what the rental price answers."
    },
    {
      id: "compute_cost",
      unit: "bnRMB/PFLOPS/year",
      equation: "compute_cost_initial * (compute_cost_floor + (1 - compute_cost_floor) * exp(-compute_cost_decline * tau))",
      description: "Cost of a PFLOPS-year of rental when supply meets demand: falling with hardware, to a floor."
    },
    {
      id: "compute_price_target",
      unit: "bnRMB/PFLOPS/year",
      equation: "compute_cost * compute_scarcity ^ scarcity_price_elasticity",
      description: "The price scarcity points to."
    },
    {
      id: "compute_price_index",
      label: {zh: "算力价格指数", en: "Compute price index"},
      unit: "1",
      output: "level",
      equation: "exp(log_compute_price_index)",
      description: "Rental price of compute, 2023.0 = 1."
    },
    {
      id: "compute_price_effective",
      unit: "bnRMB/PFLOPS/year",
      equation: "compute_price * (1 - compute_subsidy)",
      description: "The rental price firms pay after vouchers."
    },
    {
      id: "tokens_per_pflops",
      unit: "Ttok/PFLOPS/year",
      equation: "tokens_per_pflops_max / (1 + (tokens_per_pflops_max / tokens_per_pflops_initial - 1) * exp(-inference_efficiency_growth * tau))",
      description: "Tokens a PFLOPS serves in a year: model and software efficiency, rising to a ceiling."
    },
    {
      id: "import_capacity_pflops",
      unit: "PFLOPS/year",
      equation: "import_capacity_max / (1 + (import_capacity_max / import_capacity_initial - 1) * exp(-import_capacity_growth * tau))",
      description: "High-end accelerators the world could sell China per year without export controls, at the 2023 price."
    },
    {
      id: "import_orders_pflops",
      unit: "PFLOPS/year",
      equation: "import_capacity_pflops * (1 - export_controls) * scarcity_premium ^ import_price_response",
      description: "Accelerators ordered abroad per year: what export controls allow, more when compute rents above its no-shortage cost."
    },
    {
      id: "accelerator_imports_pflops",
      label: {zh: "高端加速卡进口", en: "Accelerator imports"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "import_pipeline_pflops / import_delay",
      description: "High-end accelerators installed per year from the import pipeline."
    },
    {
      id: "domestic_capacity_growth",
      unit: "1/year",
      equation: "domestic_accelerators * scarcity_premium ^ domestic_price_response * (1 - domestic_capacity_pflops / domestic_capacity_max)",
      description: "Growth of domestic capacity: the policy rate, faster when compute rents above its no-shortage cost, slowing near the industry's ceiling."
    },
    {
      id: "domestic_additions_pflops",
      label: {zh: "国产加速卡新增", en: "Domestic additions"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "domestic_capacity_pflops",
      description: "Domestic accelerators installed per year."
    },
    {
      id: "beijing_public_additions_pflops",
      unit: "PFLOPS/year",
      equation: "beijing_public_base * beijing_emphasis",
      description: "Compute Beijing's programmes add per year, with its policy emphasis."
    },
    {
      id: "public_additions_pflops",
      label: {zh: "公共算力新增", en: "Public platform additions"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "public_compute + beijing_public_additions_pflops",
      description: "Public platform compute built per year, Beijing's included."
    },
    {
      id: "compute_additions_pflops",
      label: {zh: "智能算力新增", en: "Compute additions"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "accelerator_imports_pflops + domestic_additions_pflops + public_additions_pflops",
      description: "Intelligent compute installed per year."
    },
    {
      id: "compute_retirements_pflops",
      label: {zh: "算力退役", en: "Retirements"},
      unit: "PFLOPS/year",
      output: "flow",
      equation: "compute_installed_pflops * retirement_rate",
      description: "Installed compute ageing out per year."
    }
  ],
  links: [
    {from: "compute_demand_pflops", to: "compute_gap_pflops", polarity: "+"},
    {from: "compute_installed_pflops", to: "compute_gap_pflops", polarity: "-"},
    {from: "compute_gap_pflops", to: "compute_price_index", polarity: "+"},
    {from: "compute_price_index", to: "compute_demand_pflops", polarity: "-"},
    {from: "compute_price_index", to: "compute_installed_pflops", polarity: "+"},
    {from: "export_controls", to: "compute_installed_pflops", polarity: "-"},
    {from: "domestic_accelerators", to: "compute_installed_pflops", polarity: "+"},
    {from: "public_compute", to: "compute_installed_pflops", polarity: "+"},
    {from: "compute_subsidy", to: "compute_demand_pflops", polarity: "+"},
    {from: "beijing_emphasis", to: "installed_beijing_public_pflops", polarity: "+"}
  ]
};
