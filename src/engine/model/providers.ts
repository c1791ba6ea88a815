import {fillGrowth} from "../core/fillGrowth.js";
import {power} from "../core/power.js";
import {declareOutput, declareStock, literal, type BlockFactory} from "./block.js";

/**
 * Providers by region and kind. Each kind's national count seeks a capacity: the revenue of the
 * layers it serves divided by the revenue a provider needs to stay viable. General models converge
 * (the seed: 通用大模型趋于收敛) because the viable revenue of a frontier model grows with training
 * cost faster than the base layer's revenue; industry models grow with sector adoption. Entry is pulled by the room under capacity and
 * talent, pushed back by regulatory burden and the compute cost; exit grows with crowding and the
 * compute cost. Regions share entrants by attractiveness, Beijing's scaled by its policy emphasis;
 * exits fall on regions in proportion to their stock.
 */
export const providerCounts: BlockFactory = {
  spec: (dims) => ({
    id: "providers",
    label: {zh: "模型供给方", en: "Providers"},
    stocks: dims.regions.flatMap((r) =>
      dims.kinds.map((kind) =>
        declareStock(
          `providers_${r.id}_${kind.id}`,
          [`${r.label.zh}${kind.label.zh}模型供给方`, `${kind.label.en} providers, ${r.label.en}`],
          "provider",
          `providers_initial_${kind.id}`,
          r.providerShare[kind.id]
        )
      )
    ),
    outputs: [
      declareOutput("providers", "providers_total", ["大模型供给方（全国）", "Providers, China"], "provider", "stock", "Firms, universities and institutes with models of at least 1B parameters."),
      ...dims.kinds.map((kind) =>
        declareOutput(
          "providers",
          `providers_${kind.id}`,
          [`${kind.label.zh}大模型供给方`, `${kind.label.en} providers, China`],
          "provider",
          "stock",
          `Providers of ${kind.label.en.toLowerCase()} models.`
        )
      ),
      ...dims.regions.map((r) => declareOutput("providers", `providers_${r.id}`, [`${r.label.zh}大模型供给方`, `Providers, ${r.label.en}`], "provider", "stock", `Providers based in ${r.label.en}.`)),
      ...dims.kinds.map((kind) =>
        declareOutput(
          "providers",
          `providers_beijing_${kind.id}`,
          [`北京${kind.label.zh}大模型供给方`, `${kind.label.en} providers, Beijing`],
          "provider",
          "stock",
          `Beijing providers of ${kind.label.en.toLowerCase()} models.`
        )
      ),
      declareOutput("providers", "providers_beijing_haidian", ["海淀区大模型供给方", "Providers, Haidian"], "provider", "stock", "Beijing providers in Haidian district (a fixed share of Beijing's).")
    ],
    equations: [{defines: "providers_beijing_haidian", expression: "haidian_share * providers_beijing"}],
    links: []
  }),
  create(c) {
    const {regions, kinds} = c.dims;
    const stock = (r: string, kind: string) => `y[${c.stock(`providers_${r}_${kind}`)}]`;
    const p = c.parameters({haidian: "haidian_share"});
    return {
      code: `
        ${regions.map((r) => `${c.output(`providers_${r.id}`)} = ${kinds.map((kind) => stock(r.id, kind.id)).join(" + ")};`).join("\n")}
        ${kinds.map((kind) => `${c.output(`providers_${kind.id}`)} = ${regions.map((r) => stock(r.id, kind.id)).join(" + ")};`).join("\n")}
        ${kinds.map((kind) => `${c.output(`providers_beijing_${kind.id}`)} = ${stock("beijing", kind.id)};`).join("\n")}
        ${c.output("providers_total")} = ${regions.map((r) => c.output(`providers_${r.id}`)).join(" + ")};
        ${c.output("providers_beijing_haidian")} = ${p.haidian} * ${c.output("providers_beijing")};`
    };
  }
};

/** Entry and exit: the flows of the provider stocks, after compute has priced scarcity. */
export const providerFlows: BlockFactory = {
  spec: (dims) => ({
    id: "provider-flows",
    label: {zh: "进入与退出", en: "Entry and exit"},
    stocks: [],
    outputs: [
      declareOutput("providers", "entries", ["进入", "Entries"], "provider/year", "flow", "New providers per year."),
      declareOutput("providers", "exits", ["退出", "Exits"], "provider/year", "flow", "Providers leaving per year.")
    ],
    auxiliaries: [
      ...dims.kinds.flatMap((kind) => [
        {id: `capacity_${kind.id}`, unit: "provider", description: `Number of ${kind.label.en.toLowerCase()}-model providers the revenue they serve can sustain.`},
        {id: `entries_${kind.id}`, unit: "provider/year", description: `Entry of ${kind.label.en.toLowerCase()}-model providers.`},
        {id: `exits_${kind.id}`, unit: "provider/year", description: `Exit of ${kind.label.en.toLowerCase()}-model providers.`}
      ]),
      {id: "compute_cost", unit: "1", description: "Compute cost firms face: the price index net of vouchers."},
      {id: "entrant_share", unit: "1", description: "A region's share of a kind's entrants: its 2023 share, Beijing's scaled by its emphasis, normalised."}
    ],
    equations: [
      {defines: "compute_cost", expression: "compute_price_index * (1 - compute_subsidy)"},
      {defines: "capacity_general", expression: "market_base_bn_rmb / (viable_revenue_general * exp(viable_revenue_growth_general * tau))"},
      {defines: "capacity_industry", expression: "(market_industry_bn_rmb + market_application_bn_rmb) / (viable_revenue_industry * exp(viable_revenue_growth_industry * tau))"},
      {
        defines: "entries_<kind>",
        expression:
          "entry_rate_<kind> * max(0, capacity_<kind> - providers_<kind>) * talent ^ talent_entry_elasticity * (1 - regulation_entry_burden * regulation) * compute_cost ^ (-compute_cost_entry_elasticity)"
      },
      {defines: "exits_<kind>", expression: "exit_rate_<kind> * providers_<kind> * providers_<kind> / (providers_<kind> + capacity_<kind>) * compute_cost ^ compute_cost_exit_elasticity"},
      {
        defines: "providers_<region>_<kind>",
        derivative: true,
        expression: "entries_<kind> * entrant_share - exits_<kind> * providers_<region>_<kind> / providers_<kind>",
        note: "entrant_share: the region's 2023 share of the kind, Beijing's times beijing_emphasis ^ beijing_emphasis_elasticity, normalised over regions"
      }
    ],
    links: [
      {from: "market_bn_rmb", to: "providers_total", polarity: "+"},
      {from: "compute_price_index", to: "providers_total", polarity: "-"},
      {from: "talent", to: "providers_total", polarity: "+"},
      {from: "regulation", to: "providers_total", polarity: "-"},
      {from: "compute_subsidy", to: "providers_total", polarity: "+"},
      {from: "beijing_emphasis", to: "providers_beijing", polarity: "+"}
    ]
  }),
  create(c) {
    const {regions, kinds, layers} = c.dims;
    const entryRate = c.parameterArray(kinds.map((kind) => `entry_rate_${kind.id}`));
    const exitRate = c.parameterArray(kinds.map((kind) => `exit_rate_${kind.id}`));
    // Viable revenue per provider grows with training cost (fast for frontier general models)
    // and with consolidation.
    const viableLevel = c.parameterArray(kinds.map((kind) => `viable_revenue_${kind.id}`));
    const viableGrowth = c.parameterArray(kinds.map((kind) => `viable_revenue_growth_${kind.id}`));
    const viable = kinds.map(() => c.curve());
    const p = c.parameters({
      talentElasticity: "talent_entry_elasticity",
      burden: "regulation_entry_burden",
      entryCostElasticity: "compute_cost_entry_elasticity",
      exitCostElasticity: "compute_cost_exit_elasticity",
      emphasisElasticity: "beijing_emphasis_elasticity"
    });
    const talent = c.lever("talent");
    const regulation = c.lever("regulation");
    const emphasis = c.lever("beijing_emphasis");
    const t = talent.values;
    const reg = regulation.values;
    const e = emphasis.values;
    // talent^elasticity * (1 - burden * regulation), and Beijing's weight among entrants.
    const entryLeverScale = c.leverCurve([talent, regulation], (k) => power(t[k], p.talentElasticity.value) * (1 - p.burden.value * reg[k]));
    const beijingWeight = c.leverCurve([emphasis], (k) => power(e[k], p.emphasisElasticity.value));
    // log(price index x (1 - voucher share)), kept by the compute block.
    const logCost = c.register("log_compute_cost");
    const weighted = (r: (typeof regions)[number], kind: string) => `${literal(r.providerShare[kind], `regions.${r.id}.providerShare.${kind}`)}${r.id === "beijing" ? ` * ${beijingWeight}` : ""}`;
    const perKind = kinds.map((kind, j) => {
      const revenue = layers.flatMap((l) => (l.kind === kind.id ? [c.output(`market_${l.id}_bn_rmb`)] : []));
      const count = c.output(`providers_${kind.id}`);
      return `
        const capacity${j} = (${revenue.join(" + ") || "0"}) / ${viable[j]};
        const count${j} = ${count};
        const entry${j} = ${entryRate[j]} * Math.max(0, capacity${j} - count${j}) * entryScale;
        const crowding${j} = count${j} + capacity${j} > 0 ? count${j} / (count${j} + capacity${j}) : 0;
        // Exits fall on regions in proportion to their stock: each loses this share per year.
        const exitShare${j} = ${exitRate[j]} * crowding${j} * exitScale;
        const exit${j} = exitShare${j} * count${j};
        // Entrants split over regions in proportion to their weighted shares.
        const perWeight${j} = entry${j} / (${regions.map((r) => weighted(r, kind.id)).join(" + ")});
        ${regions
          .map((r) => {
            const i = c.stock(`providers_${r.id}_${kind.id}`);
            return `dydt[${i}] = ${weighted(r, kind.id)} * perWeight${j} - exitShare${j} * y[${i}];`;
          })
          .join("\n")}`;
    });
    return {
      prepare() {
        for (let j = 0; j < kinds.length; j++) fillGrowth(viable[j].values, c.times, viableGrowth[j].value, viableLevel[j].value);
      },
      code: `
        const entryScale = ${entryLeverScale} * Math.exp(-${p.entryCostElasticity} * ${logCost});
        const exitScale = Math.exp(${p.exitCostElasticity} * ${logCost});
        ${perKind.join("")}
        ${c.output("entries")} = ${kinds.map((_, j) => `entry${j}`).join(" + ")};
        ${c.output("exits")} = ${kinds.map((_, j) => `exit${j}`).join(" + ")};`
    };
  }
};
