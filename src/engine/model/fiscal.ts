import {declareOutput, type BlockFactory, type BlockStep, type OutputSpec} from "./block.js";

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
      ...costed.map(
        ({lever, zh, en}): OutputSpec =>
          declareOutput("fiscal", `fiscal_cost_${lever}_bn_rmb`, [zh, en], "bnRMB/year", "flow", `Public spending caused by the ${lever} lever.`)
      )
    ],
    equations: [
      ...costed.map(({lever, expression}) => ({defines: `fiscal_cost_${lever}_bn_rmb`, expression})),
      {defines: "fiscal_cost_bn_rmb", expression: costed.map(({lever}) => `fiscal_cost_${lever}_bn_rmb`).join(" + ")}
    ],
    links: costed.map(({lever}) => ({from: lever, to: "fiscal_cost_bn_rmb", polarity: "+" as const}))
  }),
  create(c) {
    const subsidy = c.lever("compute_subsidy");
    const publicCompute = c.lever("public_compute");
    const domestic = c.lever("domestic_accelerators");
    const data = c.lever("data_openness");
    const demo = c.lever("demo_scenarios");
    const talent = c.lever("talent");
    const emphasis = c.lever("beijing_emphasis");
    const oDemand = c.output("compute_demand_pflops");
    const oSupply = c.output("compute_supply_pflops");
    const oPrice = c.output("compute_price_index");
    const oTotal = c.output("fiscal_cost_bn_rmb");
    const o = c.output(`fiscal_cost_${costed[0].lever}_bn_rmb`);
    const p = c.parameters({
      rental: "compute_rental_cost",
      capex: "public_compute_capex",
      domesticCost: "domestic_support_cost",
      dataCost: "data_openness_cost",
      demoCost: "demo_programme_cost",
      talentCost: "talent_programme_cost",
      beijingCost: "beijing_programme_cost"
    });
    const step: BlockStep = (k, _y, _dydt, out) => {
      // Same order as `costed`.
      out[o] = subsidy[k] * Math.min(out[oDemand], out[oSupply]) * out[oPrice] * p.rental;
      out[o + 1] = publicCompute[k] * p.capex;
      out[o + 2] = domestic[k] * p.domesticCost;
      out[o + 3] = data[k] * p.dataCost;
      out[o + 4] = demo[k] * p.demoCost;
      out[o + 5] = Math.max(0, talent[k] - 1) * p.talentCost;
      out[o + 6] = emphasis[k] * p.beijingCost;
      let total = 0;
      for (let i = 0; i < costed.length; i++) total += out[o + i];
      out[oTotal] = total;
    };
    return {step};
  }
};
