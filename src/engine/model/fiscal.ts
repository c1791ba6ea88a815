import {declareOutput, type BlockFactory, type OutputSpec} from "./block.js";

/**
 * Fiscal cost: what each lever costs the public purse per year, so levers can be compared by cost
 * per P of gap closed or per bn RMB of market. Export controls and regulation cost nothing here.
 */
const costed: Array<{lever: string; zh: string; en: string; expression: string}> = [
  {lever: "compute_subsidy", zh: "算力券支出", en: "Compute vouchers", expression: "compute_subsidy * min(compute_demand_pflops, compute_supply_pflops) * compute_price_index * compute_rental_cost"},
  {lever: "public_compute", zh: "公共算力建设", en: "Public compute platforms", expression: "public_compute * public_compute_capex"},
  {lever: "domestic_accelerators", zh: "国产芯片扶持", en: "Domestic accelerator support", expression: "domestic_accelerators * domestic_support_cost"},
  {lever: "data_openness", zh: "公共数据开放", en: "Public data programmes", expression: "data_openness * data_openness_cost"},
  {lever: "demo_scenarios", zh: "示范场景", en: "Demonstration programmes", expression: "demo_scenarios * demo_programme_cost"},
  {lever: "talent", zh: "人才计划", en: "Talent programmes", expression: "max(0, talent - 1) * talent_programme_cost"},
  {lever: "beijing_emphasis", zh: "北京专项支持", en: "Beijing programmes", expression: "beijing_emphasis * beijing_programme_cost"}
];

export const fiscal: BlockFactory = {
  spec: () => ({
    id: "fiscal",
    label: {zh: "财政成本", en: "Fiscal cost"},
    stocks: [],
    outputs: [
      declareOutput("fiscal", "fiscal_cost_bn_rmb", ["财政成本", "Fiscal cost"], "bnRMB/year", "flow", "Public spending on all levers."),
      ...costed.map(({lever, zh, en}): OutputSpec => declareOutput("fiscal", `fiscal_cost_${lever}_bn_rmb`, [zh, en], "bnRMB/year", "flow", `Public spending caused by the ${lever} lever.`))
    ],
    equations: [
      ...costed.map(({lever, expression}) => ({defines: `fiscal_cost_${lever}_bn_rmb`, expression})),
      {defines: "fiscal_cost_bn_rmb", expression: costed.map(({lever}) => `fiscal_cost_${lever}_bn_rmb`).join(" + ")}
    ],
    links: costed.map(({lever}) => ({from: lever, to: "fiscal_cost_bn_rmb", polarity: "+" as const}))
  }),
  create(c) {
    const p = c.parameters({
      rental: "compute_rental_cost",
      capex: "public_compute_capex",
      domesticCost: "domestic_support_cost",
      dataCost: "data_openness_cost",
      demoCost: "demo_programme_cost",
      talentCost: "talent_programme_cost",
      beijingCost: "beijing_programme_cost"
    });
    const lever = c.lever;
    // Same order as `costed`.
    const costs = [
      `${lever("compute_subsidy")} * Math.min(${c.output("compute_demand_pflops")}, ${c.output("compute_supply_pflops")}) * ${c.output("compute_price_index")} * ${p.rental}`,
      `${lever("public_compute")} * ${p.capex}`,
      `${lever("domestic_accelerators")} * ${p.domesticCost}`,
      `${lever("data_openness")} * ${p.dataCost}`,
      `${lever("demo_scenarios")} * ${p.demoCost}`,
      `Math.max(0, ${lever("talent")} - 1) * ${p.talentCost}`,
      `${lever("beijing_emphasis")} * ${p.beijingCost}`
    ];
    const cost = costed.map(({lever: id}) => c.output(`fiscal_cost_${id}_bn_rmb`));
    return {
      code: `
        ${costs.map((expression, i) => `${cost[i]} = ${expression};`).join("\n")}
        ${c.output("fiscal_cost_bn_rmb")} = ${cost.join(" + ")};`
    };
  }
};
