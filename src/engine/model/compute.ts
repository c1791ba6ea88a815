import {fillGrowth} from "../core/fillGrowth.js";
import {fillLogistic} from "../core/fillLogistic.js";
import {declareOutput, declareStock, type BlockFactory} from "./block.js";

/**
 * Compute, in PFLOPS (P). Demand = training (per provider, by kind, growing with model scale) +
 * inference (with usage), damped by the compute cost. Supply = utilised installed base of imported
 * high-end accelerators (cut by export controls), domestic accelerators (from a production
 * capacity that grows logistically) and public platforms, each a stock that ages out. Scarcity
 * (the share of notional demand unmet) raises the price index, which slows entry, speeds exit and
 * slows quality growth: the balancing loop the seed describes (算力资源供不应求).
 *
 * The price reads notional demand (before the price response) so there is no algebraic loop.
 */
export const compute: BlockFactory = {
  spec: () => ({
    id: "compute",
    label: {zh: "算力", en: "Compute"},
    stocks: [
      declareStock("supply_imported", ["进口高端加速卡算力", "Imported accelerators"], "PFLOPS", "supply_initial_imported"),
      declareStock("supply_domestic", ["国产加速卡算力", "Domestic accelerators"], "PFLOPS", "supply_initial_domestic"),
      declareStock("supply_public", ["公共算力平台", "Public compute platforms"], "PFLOPS", "supply_initial_public")
    ],
    outputs: [
      declareOutput(
        "compute",
        "compute_demand_pflops",
        ["算力需求（全国）", "Compute demand, China"],
        "PFLOPS",
        "auxiliary",
        "Training plus inference demand of large-model providers at the current compute cost."
      ),
      declareOutput("compute", "compute_supply_pflops", ["算力供给（全国）", "Compute supply, China"], "PFLOPS", "auxiliary", "Utilised installed compute available to large-model providers."),
      declareOutput("compute", "compute_gap_pflops", ["算力缺口（全国）", "Compute gap, China"], "PFLOPS", "auxiliary", "max(0, demand - supply)."),
      declareOutput("compute", "compute_demand_beijing_pflops", ["算力需求（北京）", "Compute demand, Beijing"], "PFLOPS", "auxiliary", "Demand of Beijing-based providers."),
      declareOutput("compute", "compute_supply_beijing_pflops", ["算力供给（北京）", "Compute supply, Beijing"], "PFLOPS", "auxiliary", "Compute Beijing-based providers can use."),
      declareOutput("compute", "compute_gap_beijing_pflops", ["算力缺口（北京）", "Compute gap, Beijing"], "PFLOPS", "auxiliary", "max(0, Beijing demand - Beijing supply); the seed: about 5000 P."),
      declareOutput("compute", "compute_price_index", ["算力价格指数", "Compute price index"], "1", "auxiliary", "Price of a unit of compute, 2023 scarcity = 1 before cost decline."),
      declareOutput(
        "compute",
        "compute_price_index_beijing",
        ["算力价格指数（北京）", "Compute price index, Beijing"],
        "1",
        "auxiliary",
        "Price of compute for Beijing firms, from Beijing's own scarcity."
      ),
      declareOutput("compute", "compute_installed_pflops", ["已部署算力", "Installed compute"], "PFLOPS", "stock", "Imported + domestic + public installed base."),
      declareOutput("compute", "accelerator_imports_pflops", ["高端加速卡进口", "Accelerator imports"], "PFLOPS/year", "flow", "High-end accelerators imported per year, after export controls."),
      declareOutput("compute", "domestic_additions_pflops", ["国产加速卡新增", "Domestic additions"], "PFLOPS/year", "flow", "Domestic accelerators installed per year."),
      declareOutput("compute", "public_additions_pflops", ["公共算力新增", "Public platform additions"], "PFLOPS/year", "flow", "Public platform compute built per year."),
      declareOutput("compute", "compute_retirements_pflops", ["算力退役", "Retirements"], "PFLOPS/year", "flow", "Installed compute ageing out per year.")
    ],
    auxiliaries: [
      {id: "compute_demand_notional", unit: "PFLOPS", description: "Demand before the price response; the price reads it, so there is no algebraic loop."},
      {id: "compute_demand_beijing_notional", unit: "PFLOPS", description: "Beijing firms' demand before the price response."},
      {id: "utilization", unit: "1", description: "Share of installed compute model firms can use (raised by vouchers)."},
      {id: "cumulative_domestic_growth", unit: "1", description: "Integral of the domestic_accelerators growth rate since 2023."},
      {id: "beijing_public_share_effective", unit: "1", description: "Beijing's share of public platform compute at the current emphasis."}
    ],
    equations: [
      {
        defines: "compute_demand_notional",
        expression:
          "(providers_general * training_per_general_pflops + providers_industry * training_per_industry_pflops) * exp(training_growth * tau) + market_volume_bn_rmb * inference_intensity * exp(-inference_efficiency * tau)"
      },
      {defines: "utilization", expression: "min(1, utilization_base + (1 - utilization_base) * utilization_subsidy_response * compute_subsidy)"},
      {defines: "compute_supply_pflops", expression: "utilization * compute_installed_pflops"},
      {defines: "beijing_public_share_effective", expression: "beijing_public_share * beijing_emphasis / (beijing_public_share * beijing_emphasis + 1 - beijing_public_share)"},
      {
        defines: "compute_price_index",
        expression: "exp(scarcity_price_elasticity * (max(0, compute_demand_notional - compute_supply_pflops) / compute_demand_notional - scarcity_reference) - compute_cost_decline * tau)"
      },
      {defines: "compute_demand_pflops", expression: "compute_demand_notional * (compute_price_index * (1 - compute_subsidy)) ^ (-compute_demand_elasticity)"},
      {defines: "compute_gap_pflops", expression: "max(0, compute_demand_pflops - compute_supply_pflops)"},
      {defines: "compute_supply_beijing_pflops", expression: "utilization * (beijing_supply_share * (supply_imported + supply_domestic) + beijing_public_share_effective * supply_public)"},
      {
        defines: "compute_demand_beijing_notional",
        expression:
          "(providers_beijing_general * training_per_general_pflops + providers_beijing_industry * training_per_industry_pflops) * exp(training_growth * tau) + market_volume_bn_rmb * inference_intensity * exp(-inference_efficiency * tau) * providers_beijing / providers_total"
      },
      {
        defines: "compute_price_index_beijing",
        expression:
          "exp(scarcity_price_elasticity * (max(0, compute_demand_beijing_notional - compute_supply_beijing_pflops) / compute_demand_beijing_notional - scarcity_reference) - compute_cost_decline * tau)"
      },
      {defines: "compute_demand_beijing_pflops", expression: "compute_demand_beijing_notional * (compute_price_index_beijing * (1 - compute_subsidy)) ^ (-compute_demand_elasticity)"},
      {defines: "supply_imported", derivative: true, expression: "imports_desired_pflops * exp(imports_growth * tau) * (1 - export_controls) - supply_imported / accelerator_life"},
      {
        defines: "domestic_additions_pflops",
        expression: "domestic_capacity_max / (1 + (domestic_capacity_max / domestic_capacity_initial - 1) * exp(-cumulative_domestic_growth))",
        note: "logistic output; cumulative_domestic_growth is the integral of domestic_accelerators since 2023, so the path is exact whatever the step"
      },
      {defines: "supply_domestic", derivative: true, expression: "domestic_additions_pflops - supply_domestic / accelerator_life"},
      {defines: "supply_public", derivative: true, expression: "public_compute - supply_public / accelerator_life"}
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
  }),
  create(c) {
    const {kinds} = c.dims;
    const imported = c.stock("supply_imported");
    const domestic = c.stock("supply_domestic");
    const publicPlatforms = c.stock("supply_public");
    const perProvider = c.parameterArray(kinds.map((kind) => `training_per_${kind.id}_pflops`));
    const p = c.parameters({
      demandElasticity: "compute_demand_elasticity",
      life: "accelerator_life",
      utilizationBase: "utilization_base",
      utilizationResponse: "utilization_subsidy_response",
      beijingSupplyShare: "beijing_supply_share",
      beijingPublicShare: "beijing_public_share",
      priceElasticity: "scarcity_price_elasticity",
      scarcityReference: "scarcity_reference",
      costDecline: "compute_cost_decline",
      trainingGrowth: "training_growth",
      inferenceEfficiency: "inference_efficiency",
      inferenceIntensity: "inference_intensity",
      importsGrowth: "imports_growth",
      importsDesired: "imports_desired_pflops",
      domesticInitial: "domestic_capacity_initial",
      domesticCeiling: "domestic_capacity_max"
    });
    const subsidy = c.lever("compute_subsidy");
    const exportControls = c.lever("export_controls");
    const publicCompute = c.lever("public_compute");
    const emphasis = c.lever("beijing_emphasis");
    const domesticGrowth = c.lever("domestic_accelerators");
    const trainingScale = c.curve();
    const inference = c.curve();
    const imports = c.curve();
    // Domestic output depends on the lever alone (no feedback), so its logistic path is solved
    // exactly once per run: Euler's lag on a fast-growing input would bias supply by about 1%.
    const domesticOutput = c.curve();
    const s = subsidy.values;
    const e = emphasis.values;
    const utilization = c.leverCurve([subsidy], (k) => Math.min(1, p.utilizationBase.value + (1 - p.utilizationBase.value) * p.utilizationResponse.value * s[k]));
    const publicShare = c.leverCurve([emphasis], (k) => {
      const share = p.beijingPublicShare.value;
      return (share * e[k]) / (share * e[k] + 1 - share);
    });
    const logVoucherShare = c.leverCurve([subsidy], (k) => Math.log(1 - s[k]));
    const logDecline = c.curve();
    // Stocks age out at 1 / life per year: a multiplication in the loop, not a division.
    const retirementRate = c.scalar();
    const sumOver = (output: (kind: string) => string) => kinds.map((kind, j) => `${c.output(output(kind.id))} * ${perProvider[j]}`).join(" + ");
    // Prices are worked in logs: demand responds to price^-elasticity, so one exp per price
    // serves both the index and the response.
    const logScarcityPrice = (notional: string, supply: string) =>
      `${p.priceElasticity} * ((${notional} > 0 ? Math.max(0, ${notional} - ${supply}) / ${notional} : 0) - ${p.scarcityReference}) + ${logDecline}`;
    const demand = c.output("compute_demand_pflops");
    const supply = c.output("compute_supply_pflops");
    const demandBeijing = c.output("compute_demand_beijing_pflops");
    const supplyBeijing = c.output("compute_supply_beijing_pflops");
    return {
      prepare() {
        const t = c.times;
        const x = exportControls.values;
        retirementRate.value = 1 / p.life.value;
        fillGrowth(trainingScale.values, t, p.trainingGrowth.value);
        fillGrowth(inference.values, t, -p.inferenceEfficiency.value, p.inferenceIntensity.value);
        fillGrowth(imports.values, t, p.importsGrowth.value, p.importsDesired.value);
        const importing = imports.values;
        for (let k = 0; k < t.length; k++) importing[k] *= 1 - x[k];
        fillLogistic(domesticOutput.values, domesticGrowth.values, t, p.domesticInitial.value, p.domesticCeiling.value);
        const decline = p.costDecline.value;
        const logDeclining = logDecline.values;
        for (let k = 0; k < t.length; k++) logDeclining[k] = -decline * (t[k] - t[0]);
      },
      code: `
        const training = (${sumOver((kind) => `providers_${kind}`)}) * ${trainingScale};
        const trainingBeijing = (${sumOver((kind) => `providers_beijing_${kind}`)}) * ${trainingScale};
        const inferenceDemand = ${c.output("market_volume_bn_rmb")} * ${inference};
        const providers = ${c.output("providers_total")};
        const inferenceBeijing = providers > 0 ? (inferenceDemand * ${c.output("providers_beijing")}) / providers : 0;
        const notional = training + inferenceDemand;
        const notionalBeijing = trainingBeijing + inferenceBeijing;
        const imported = y[${imported}];
        const domestic = y[${domestic}];
        const publicPlatforms = y[${publicPlatforms}];
        const installed = imported + domestic + publicPlatforms;
        ${supply} = ${utilization} * installed;
        ${supplyBeijing} = ${utilization} * (${p.beijingSupplyShare} * (imported + domestic) + ${publicShare} * publicPlatforms);
        const logPrice = ${logScarcityPrice("notional", supply)};
        // Beijing firms bid for Beijing's supply: a local price, so compute added elsewhere cannot
        // raise Beijing's demand by more than it adds to Beijing's supply.
        const logPriceBeijing = ${logScarcityPrice("notionalBeijing", supplyBeijing)};
        // Entry and exit respond to the cost firms face as a power: its log is kept for them.
        ${c.register("log_compute_cost")} = logPrice + ${logVoucherShare};
        ${demand} = notional * Math.exp(-${p.demandElasticity} * (logPrice + ${logVoucherShare}));
        ${demandBeijing} = notionalBeijing * Math.exp(-${p.demandElasticity} * (logPriceBeijing + ${logVoucherShare}));
        ${c.output("compute_gap_pflops")} = Math.max(0, ${demand} - ${supply});
        ${c.output("compute_gap_beijing_pflops")} = Math.max(0, ${demandBeijing} - ${supplyBeijing});
        ${c.output("compute_price_index")} = Math.exp(logPrice);
        ${c.output("compute_price_index_beijing")} = Math.exp(logPriceBeijing);
        ${c.output("compute_installed_pflops")} = installed;
        ${c.output("accelerator_imports_pflops")} = ${imports};
        ${c.output("domestic_additions_pflops")} = ${domesticOutput};
        ${c.output("public_additions_pflops")} = ${publicCompute};
        ${c.output("compute_retirements_pflops")} = installed * ${retirementRate};
        dydt[${imported}] = ${imports} - imported * ${retirementRate};
        dydt[${domestic}] = ${domesticOutput} - domestic * ${retirementRate};
        dydt[${publicPlatforms}] = ${publicCompute} - publicPlatforms * ${retirementRate};`
    };
  }
};
