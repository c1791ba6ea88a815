import {power} from "../core/power.js";
import type {Dimensions} from "../declarations.js";
import {fillGrowth} from "../core/fillGrowth.js";
import {declareOutput, declareStock, type BlockFactory, type BlockStep} from "./block.js";
import {dimensionTable} from "./dimensionTable.js";

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
        declareStock(`providers_${r.id}_${kind.id}`, [`${r.label.zh}${kind.label.zh}模型供给方`, `${kind.label.en} providers, ${r.label.en}`], "provider", `providers_initial_${kind.id}`, r.providerShare[kind.id])
      )
    ),
    outputs: [
      declareOutput("providers", "providers_total", ["大模型供给方（全国）", "Providers, China"], "provider", "stock", "Firms, universities and institutes with models of at least 1B parameters."),
      ...dims.kinds.map((kind) =>
        declareOutput("providers", `providers_${kind.id}`, [`${kind.label.zh}大模型供给方`, `${kind.label.en} providers, China`], "provider", "stock", `Providers of ${kind.label.en.toLowerCase()} models.`)
      ),
      ...dims.regions.map((r) =>
        declareOutput("providers", `providers_${r.id}`, [`${r.label.zh}大模型供给方`, `Providers, ${r.label.en}`], "provider", "stock", `Providers based in ${r.label.en}.`)
      ),
      ...dims.kinds.map((kind) =>
        declareOutput("providers", `providers_beijing_${kind.id}`, [`北京${kind.label.zh}大模型供给方`, `${kind.label.en} providers, Beijing`], "provider", "stock", `Beijing providers of ${kind.label.en.toLowerCase()} models.`)
      ),
      declareOutput("providers", "providers_beijing_haidian", ["海淀区大模型供给方", "Providers, Haidian"], "provider", "stock", "Beijing providers in Haidian district (a fixed share of Beijing's).")
    ],
    equations: [{defines: "providers_beijing_haidian", expression: "haidian_share * providers_beijing"}],
    links: []
  }),
  create(c) {
    const {regions, kinds} = c.dims;
    const R = regions.length;
    const K = kinds.length;
    const n0 = c.stock(`providers_${regions[0].id}_${kinds[0].id}`);
    const beijing = regions.findIndex((r) => r.id === "beijing");
    const oTotal = c.output("providers_total");
    const oKind = c.output(`providers_${kinds[0].id}`);
    const oRegion = c.output(`providers_${regions[0].id}`);
    const oBeijingKind = c.output(`providers_beijing_${kinds[0].id}`);
    const oHaidian = c.output("providers_beijing_haidian");
    const RK = R * K;
    const p = c.parameters({haidian: "haidian_share"});
    const step: BlockStep = (_k, y, _dydt, out) => {
      // Sums accumulate in registers, row by row: indirect read-modify-writes into `out` cost
      // twice as much here.
      let total = 0;
      for (let r = 0, i = n0; r < R; r++) {
        let region = 0;
        for (const end = i + K; i < end; i++) region += y[i];
        out[oRegion + r] = region;
        total += region;
      }
      for (let j = 0; j < K; j++) {
        let kind = 0;
        for (let i = n0 + j, end = n0 + RK; i < end; i += K) kind += y[i];
        out[oKind + j] = kind;
        out[oBeijingKind + j] = y[n0 + beijing * K + j];
      }
      out[oTotal] = total;
      out[oHaidian] = p.haidian * out[oRegion + beijing];
    };
    return {step};
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
      {defines: "entries_<kind>", expression: "entry_rate_<kind> * max(0, capacity_<kind> - providers_<kind>) * talent ^ talent_entry_elasticity * (1 - regulation_entry_burden * regulation) * compute_cost ^ (-compute_cost_entry_elasticity)"},
      {defines: "exits_<kind>", expression: "exit_rate_<kind> * providers_<kind> * providers_<kind> / (providers_<kind> + capacity_<kind>) * compute_cost ^ compute_cost_exit_elasticity"},
      {defines: "providers_<region>_<kind>", derivative: true, expression: "entries_<kind> * entrant_share - exits_<kind> * providers_<region>_<kind> / providers_<kind>", note: "entrant_share: the region's 2023 share of the kind, Beijing's times beijing_emphasis ^ beijing_emphasis_elasticity, normalised over regions"}
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
    const R = regions.length;
    const K = kinds.length;
    const L = layers.length;
    const RK = R * K;
    const n0 = c.stock(`providers_${regions[0].id}_${kinds[0].id}`);
    const {share, layerKind, isBeijing} = providerTables(c.dims);
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
    const oLayer = c.output(`market_${layers[0].id}_bn_rmb`);
    const r = c.registers;
    // log(price index x (1 - voucher share)), kept by the compute block.
    const logCostRegister = c.register("log_compute_cost");
    const oKind = c.output(`providers_${kinds[0].id}`);
    const oEntries = c.output("entries");
    const oExits = c.output("exits");
    // Per-run scratch: entrants' shares by region and kind (normalised per kind), and per-kind flows.
    const entrantShare = new Float64Array(RK);
    const entryOf = new Float64Array(K);
    const exitShareOf = new Float64Array(K);
    // Lever-only powers change only when the lever does (most schedules are piecewise constant).
    let talentSeen = NaN;
    let talentFactor = 1;
    let emphasisSeen = NaN;
    const prepare = () => {
      for (let j = 0; j < K; j++) fillGrowth(viable[j], c.times, viableGrowth[j], viableLevel[j]);
      talentSeen = emphasisSeen = NaN;
    };
    const step: BlockStep = (k, y, dydt, out) => {
      if (talent[k] !== talentSeen) talentFactor = power((talentSeen = talent[k]), p.talentElasticity);
      if (emphasis[k] !== emphasisSeen) {
        const beijingWeight = power((emphasisSeen = emphasis[k]), p.emphasisElasticity);
        for (let j = 0; j < K; j++) {
          let weights = 0;
          for (let i = j; i < RK; i += K) weights += entrantShare[i] = share[i] * (isBeijing[i] ? beijingWeight : 1);
          for (let i = j; i < RK; i += K) entrantShare[i] /= weights;
        }
      }
      const logCost = r[logCostRegister];
      const entryScale = talentFactor * (1 - p.burden * regulation[k]) * Math.exp(-p.entryCostElasticity * logCost);
      const exitScale = Math.exp(p.exitCostElasticity * logCost);
      let entries = 0;
      let exits = 0;
      for (let j = 0; j < K; j++) {
        let revenue = 0;
        for (let l = 0; l < L; l++) if (layerKind[l] === j) revenue += out[oLayer + l];
        const capacity = revenue / viable[j][k];
        const count = out[oKind + j];
        const entry = entryRate[j] * Math.max(0, capacity - count) * entryScale;
        const crowding = count + capacity > 0 ? count / (count + capacity) : 0;
        const exit = exitRate[j] * count * crowding * exitScale;
        entryOf[j] = entry;
        // Exits fall on regions in proportion to their stock.
        exitShareOf[j] = count > 0 ? exit / count : 0;
        entries += entry;
        exits += exit;
      }
      for (let j = 0; j < K; j++) {
        const entry = entryOf[j];
        const exitShare = exitShareOf[j];
        for (let i = j; i < RK; i += K) dydt[n0 + i] = entry * entrantShare[i] - exitShare * y[n0 + i];
      }
      out[oEntries] = entries;
      out[oExits] = exits;
    };
    return {prepare, step};
  }
};

/** Region-major tables over the provider stocks (index r * kinds + j). */
function providerTables(dims: Dimensions) {
  return dimensionTable(dims, "providers", ({regions, kinds, layers}) => {
    const cells = regions.flatMap((r) => kinds.map((kind) => ({r, kind})));
    return {
      share: Float64Array.from(cells, ({r, kind}) => r.providerShare[kind.id]),
      isBeijing: Uint8Array.from(cells, ({r}) => (r.id === "beijing" ? 1 : 0)),
      /** Which kind each layer's revenue sustains. */
      layerKind: Int32Array.from(layers, (l) => kinds.findIndex((kind) => kind.id === l.kind))
    };
  });
}
