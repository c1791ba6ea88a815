import {power} from "../core/power.js";
import type {Dimensions} from "../declarations.js";
import {fillGrowth} from "../core/fillGrowth.js";
import {declareOutput, declareStock, type BlockFactory, type BlockStep} from "./block.js";
import {dimensionTable} from "./dimensionTable.js";

/**
 * Adoption and market. Each sector adopts by Bass diffusion (innovation plus imitation); high-stakes
 * sectors adopt only as fast as reliability allows (the seed: a wrong answer in government Q&A
 * costs more than it saves), gated by a logistic in the hallucination rate whose tolerance rises
 * with the trust regulation buys. Revenue = adoption x sector potential x price x value of quality;
 * it splits into the business layers by sector.
 */
export const market: BlockFactory = {
  spec: (dims) => ({
    id: "market",
    label: {zh: "应用与市场", en: "Adoption and market"},
    stocks: [
      ...dims.sectors.map((s) => declareStock(`adoption_${s.id}`, [`${s.label.zh}采用率`, `Adoption, ${s.label.en}`], "1", "adoption_initial", s.innovationWeight)),
      declareStock("tenders", ["行业大模型招标项目（累计）", "Industry-model tenders (cumulative)"], "tender", "tenders_initial")
    ],
    outputs: [
      declareOutput("market", "market_bn_rmb", ["大模型市场规模", "Large-model market"], "bnRMB/year", "flow", "Revenue of large-model services (a rate per step; a total per year in annual tables)."),
      ...dims.layers.map((l) =>
        declareOutput("market", `market_${l.id}_bn_rmb`, [`${l.label.zh}市场`, `Market, ${l.label.en} layer`], "bnRMB/year", "flow", `Revenue of the ${l.label.en.toLowerCase()} layer.`)
      ),
      ...dims.sectors.map((s) =>
        declareOutput("market", `market_${s.id}_bn_rmb`, [`${s.label.zh}市场`, `Market, ${s.label.en}`], "bnRMB/year", "flow", `Revenue from ${s.label.en.toLowerCase()}.`)
      ),
      declareOutput("market", "market_volume_bn_rmb", ["用量（2023年价格）", "Usage at 2023 prices"], "bnRMB/year", "flow", "Revenue at 2023 prices and quality: the volume that drives inference compute."),
      ...dims.sectors.map((s) =>
        declareOutput("market", `adoption_${s.id}`, [`${s.label.zh}采用率`, `Adoption, ${s.label.en}`], "1", "stock", `Share of the sector's potential that uses large models.`)
      ),
      declareOutput("market", "tenders_cumulative", ["行业大模型招标项目（累计）", "Industry-model tenders, cumulative"], "tender", "stock", "Completed tender projects for industry models since 2023.")
    ],
    auxiliaries: [
      {id: "innovation_weight", unit: "1", description: "The sector's weight on the innovation coefficient (dimensions.json)."},
      {id: "is_demonstration", unit: "1", description: "1 for sectors the demonstration programmes target."},
      {id: "potential_share", unit: "1", description: "The sector's share of the market potential."},
      {id: "layer_share", unit: "1", description: "Share of the sector's revenue in the layer."},
      {id: "hallucination_tolerance", unit: "1", description: "Hallucination rate at which the sector's adoption rate halves (high-stakes sectors)."},
      {id: "reliability_gate", unit: "1", description: "Share of the adoption rate a high-stakes sector allows at the current hallucination rate."}
    ],
    equations: [
      {defines: "adoption_<sector>", derivative: true, expression: "(adoption_innovation * innovation_weight + demo_effect * demo_scenarios / (demo_scenarios + demo_half_saturation) * is_demonstration + adoption_imitation * adoption_<sector>) * (1 - adoption_<sector>) * reliability_gate * (1 - regulation_drag * regulation)"},
      {defines: "reliability_gate", expression: "1 / (1 + (hallucination_rate / (hallucination_tolerance * (1 + regulation_trust * regulation))) ^ reliability_gate_steepness)", note: "1 for low-stakes sectors"},
      {defines: "market_<sector>_bn_rmb", expression: "adoption_<sector> * market_potential_bn_rmb * potential_share * exp((potential_growth - model_price_decline) * tau) * quality_index ^ quality_value_elasticity"},
      {defines: "market_volume_bn_rmb", expression: "market_bn_rmb * exp(model_price_decline * tau) / quality_index ^ quality_value_elasticity"},
      {defines: "market_<layer>_bn_rmb", expression: "sum(market_<sector>_bn_rmb * layer_share)"},
      {defines: "tenders", derivative: true, expression: "tenders_per_bn_rmb * market_industry_bn_rmb"}
    ],
    links: [
      {from: "quality_index", to: "market_bn_rmb", polarity: "+"},
      {from: "hallucination_rate", to: "market_bn_rmb", polarity: "-"},
      {from: "demo_scenarios", to: "market_bn_rmb", polarity: "+"},
      {from: "regulation", to: "market_bn_rmb", polarity: "-"}
    ]
  }),
  create(c) {
    const {sectors, layers} = c.dims;
    const S = sectors.length;
    const L = layers.length;
    const a0 = c.stock(`adoption_${sectors[0].id}`);
    const tenders = c.stock("tenders");
    const {potentialShare, innovationWeight, toleranceOf, demonstration, layerShare} = sectorTables(c.dims);
    const volumeScale = c.curve();
    const revenueScale = c.curve();
    // The gate is 1 / (1 + (h / (tolerance * scale))^n); tolerance^-n is fixed for the run, so
    // each step needs one power, not one per sector. Low-stakes sectors get 0 (never gated).
    const inverseTolerance = new Float64Array(S);
    // Each sector's innovation coefficient: the common one times the sector's weight.
    const innovation = new Float64Array(S);
    const p = c.parameters({
      potential: "market_potential_bn_rmb",
      growth: "potential_growth",
      decline: "model_price_decline",
      innovation: "adoption_innovation",
      imitation: "adoption_imitation",
      steepness: "reliability_gate_steepness",
      trust: "regulation_trust",
      drag: "regulation_drag",
      demoEffect: "demo_effect",
      demoHalf: "demo_half_saturation",
      valueElasticity: "quality_value_elasticity",
      tendersPerBn: "tenders_per_bn_rmb"
    });
    const prepare = () => {
      fillGrowth(volumeScale, c.times, p.growth, p.potential);
      fillGrowth(revenueScale, c.times, p.growth - p.decline, p.potential);
      regulationSeen = NaN;
      for (let s = 0; s < S; s++) {
        inverseTolerance[s] = power(toleranceOf[s], -p.steepness);
        innovation[s] = p.innovation * innovationWeight[s];
      }
    };
    const regulation = c.lever("regulation");
    const demo = c.lever("demo_scenarios");
    const r = c.registers;
    const logQuality = c.register("log_quality");
    const logHallucination = c.register("log_hallucination");
    // log(1 + trust * regulation) changes only when the lever does.
    let regulationSeen = NaN;
    let logToleranceScale = 0;
    const oMarket = c.output("market_bn_rmb");
    const oLayer = c.output(`market_${layers[0].id}_bn_rmb`);
    const oSector = c.output(`market_${sectors[0].id}_bn_rmb`);
    const oAdoption = c.output(`adoption_${sectors[0].id}`);
    const oVolume = c.output("market_volume_bn_rmb");
    const oTenders = c.output("tenders_cumulative");
    const oIndustryLayer = c.output("market_industry_bn_rmb");
    const step: BlockStep = (k, y, dydt, out) => {
      const reg = regulation[k];
      const demoBoost = (p.demoEffect * demo[k]) / (demo[k] + p.demoHalf);
      const rateScale = 1 - p.drag * reg;
      if (reg !== regulationSeen) logToleranceScale = Math.log(1 + p.trust * (regulationSeen = reg));
      // quality^elasticity and (hallucination / tolerance scale)^steepness from the logs the
      // quality block kept.
      const scale = revenueScale[k] * Math.exp(p.valueElasticity * r[logQuality]);
      const strain = Math.exp(p.steepness * (r[logHallucination] - logToleranceScale));
      const imitation = p.imitation;
      let total = 0;
      let volume = 0;
      for (let s = 0; s < S; s++) {
        const adoption = y[a0 + s];
        const gate = 1 / (1 + strain * inverseTolerance[s]);
        const pull = innovation[s] + demonstration[s] * demoBoost + imitation * adoption;
        dydt[a0 + s] = pull * (1 - adoption) * gate * rateScale;
        const revenue = adoption * potentialShare[s] * scale;
        out[oSector + s] = revenue;
        out[oAdoption + s] = adoption;
        total += revenue;
        volume += adoption * potentialShare[s];
      }
      for (let l = 0; l < L; l++) {
        let layer = 0;
        for (let s = 0; s < S; s++) layer += out[oSector + s] * layerShare[l * S + s];
        out[oLayer + l] = layer;
      }
      out[oMarket] = total;
      out[oVolume] = volume * volumeScale[k];
      out[oTenders] = y[tenders];
      dydt[tenders] = p.tendersPerBn * out[oIndustryLayer];
    };
    return {prepare, step};
  }
};

function sectorTables(dims: Dimensions) {
  return dimensionTable(dims, "market", ({sectors, layers}) => {
    const layerShare = Float64Array.from(layers.flatMap((l) => sectors.map((s) => s.layerShares[l.id])));
    return {
      potentialShare: Float64Array.from(sectors, (s) => s.potentialShare),
      innovationWeight: Float64Array.from(sectors, (s) => s.innovationWeight),
      toleranceOf: Float64Array.from(sectors, (s) => s.hallucinationTolerance ?? Infinity),
      demonstration: Float64Array.from(sectors, (s) => (s.demonstration ? 1 : 0)),
      /** Layer-major: layerShare[l * sectors + s], so each layer sums over a contiguous row. */
      layerShare
    };
  });
}
