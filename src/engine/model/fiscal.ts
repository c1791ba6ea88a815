import type {BlockDeclaration, VariableDeclaration} from "./block.js";

/** What each lever costs the public purse, by lever: the cost's label and equation. */
const costs: Array<{lever: string; zh: string; en: string; equation: string}> = [
  {lever: "compute_subsidy", zh: "算力券支出", en: "Compute vouchers", equation: "compute_subsidy * compute_price * compute_served_pflops"},
  {lever: "public_compute", zh: "公共算力建设", en: "Public compute platforms", equation: "public_compute * public_compute_capex"},
  {lever: "domestic_accelerators", zh: "国产芯片扶持", en: "Domestic accelerator support", equation: "domestic_accelerators * domestic_support_cost"},
  {lever: "data_openness", zh: "公共数据开放", en: "Public data programmes", equation: "data_openness * data_openness_cost"},
  {lever: "demo_scenarios", zh: "示范场景", en: "Demonstration programmes", equation: "demo_scenarios * demo_programme_cost"},
  {lever: "talent", zh: "人才计划", en: "Talent programmes", equation: "max(0, talent - 1) * talent_programme_cost"},
  {lever: "beijing_emphasis", zh: "北京专项支持", en: "Beijing programmes", equation: "beijing_public_additions_pflops * public_compute_capex + beijing_emphasis * beijing_programme_cost"},
  {lever: "open_weights", zh: "开源模型扶持", en: "Open-weights support", equation: "open_weights * open_weights_cost"}
];

/**
 * Fiscal cost: what each lever costs the public purse per year, so levers can be compared by cost
 * per P of gap closed or per bn RMB of market. Export controls and regulation cost nothing here.
 */
export const fiscal: BlockDeclaration = {
  id: "fiscal",
  label: {zh: "财政成本", en: "Fiscal cost"},
  description: "What each policy lever costs the public purse per year.",
  reads: ["compute_price", "compute_served_pflops", "beijing_public_additions_pflops"],
  variables: [
    ...costs.map(
      ({lever, zh, en, equation}): VariableDeclaration => ({
        id: `fiscal_cost_${lever}_bn_rmb`,
        label: {zh, en},
        unit: "bnRMB/year",
        output: "flow",
        equation,
        description: `Public spending caused by the ${lever} lever.`,
        min: 0
      })
    ),
    {
      id: "fiscal_cost_bn_rmb",
      label: {zh: "财政成本", en: "Fiscal cost"},
      unit: "bnRMB/year",
      output: "flow",
      equation: costs.map(({lever}) => `fiscal_cost_${lever}_bn_rmb`).join(" + "),
      description: "Public spending on all levers.",
      min: 0
    }
  ],
  links: costs.map(({lever}) => ({from: lever, to: "fiscal_cost_bn_rmb", polarity: "+" as const}))
};
