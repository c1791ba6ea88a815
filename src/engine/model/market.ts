import {fillGrowth} from "../core/fillGrowth.js";
import {power} from "../core/power.js";
import {declareOutput, declareStock, literal, type BlockFactory} from "./block.js";

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
      ...dims.sectors.map((s) => declareOutput("market", `market_${s.id}_bn_rmb`, [`${s.label.zh}市场`, `Market, ${s.label.en}`], "bnRMB/year", "flow", `Revenue from ${s.label.en.toLowerCase()}.`)),
      declareOutput(
        "market",
        "market_volume_bn_rmb",
        ["用量（2023年价格）", "Usage at 2023 prices"],
        "bnRMB/year",
        "flow",
        "Revenue at 2023 prices and quality: the volume that drives inference compute."
      ),
      ...dims.sectors.map((s) =>
        declareOutput("market", `adoption_${s.id}`, [`${s.label.zh}采用率`, `Adoption, ${s.label.en}`], "1", "stock", `Share of the sector's potential that uses large models.`)
      ),
      declareOutput(
        "market",
        "tenders_cumulative",
        ["行业大模型招标项目（累计）", "Industry-model tenders, cumulative"],
        "tender",
        "stock",
        "Completed tender projects for industry models since 2023."
      )
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
      {
        defines: "adoption_<sector>",
        derivative: true,
        expression:
          "(adoption_innovation * innovation_weight + demo_effect * demo_scenarios / (demo_scenarios + demo_half_saturation) * is_demonstration + adoption_imitation * adoption_<sector>) * (1 - adoption_<sector>) * reliability_gate * (1 - regulation_drag * regulation)"
      },
      {
        defines: "reliability_gate",
        expression: "1 / (1 + (hallucination_rate / (hallucination_tolerance * (1 + regulation_trust * regulation))) ^ reliability_gate_steepness)",
        note: "1 for low-stakes sectors"
      },
      {
        defines: "market_<sector>_bn_rmb",
        expression: "adoption_<sector> * market_potential_bn_rmb * potential_share * exp((potential_growth - model_price_decline) * tau) * quality_index ^ quality_value_elasticity"
      },
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
    const a0 = c.stock(`adoption_${sectors[0].id}`);
    const tenders = c.stock("tenders");
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
    const regulation = c.lever("regulation");
    const demo = c.lever("demo_scenarios");
    const volumeScale = c.curve();
    const revenueScale = c.curve();
    const reg = regulation.values;
    const d = demo.values;
    const demoBoost = c.leverCurve([demo], (k) => (p.demoEffect.value * d[k]) / (d[k] + p.demoHalf.value));
    const rateScale = c.leverCurve([regulation], (k) => 1 - p.drag.value * reg[k]);
    const logToleranceScale = c.leverCurve([regulation], (k) => Math.log(1 + p.trust.value * reg[k]));
    // The gate is 1 / (1 + (h / (tolerance * scale))^n); tolerance^-n is fixed for the run, so
    // each step needs one power, not one per sector. Sectors without a tolerance are never gated.
    const inverseTolerance = sectors.map((s) => (s.hallucinationTolerance === undefined ? undefined : c.scalar()));
    const sum = (terms: string[]) => (terms.length ? terms.join(" + ") : "0");
    const share = sectors.map((s) => literal(s.potentialShare, `sectors.${s.id}.potentialShare`));
    return {
      prepare() {
        const t = c.times;
        fillGrowth(volumeScale.values, t, p.growth.value, p.potential.value);
        fillGrowth(revenueScale.values, t, p.growth.value - p.decline.value, p.potential.value);
        sectors.forEach((s, i) => {
          if (inverseTolerance[i]) inverseTolerance[i].value = power(s.hallucinationTolerance!, -p.steepness.value);
        });
      },
      // quality^elasticity and (hallucination / tolerance scale)^steepness come from the logs the
      // quality block kept.
      code: `
        const scale = ${revenueScale} * Math.exp(${p.valueElasticity} * ${c.register("log_quality")});
        const strain = Math.exp(${p.steepness} * (${c.register("log_hallucination")} - ${logToleranceScale}));
        ${sectors
          .map((s, i) => {
            const pull = [`${p.innovation} * ${literal(s.innovationWeight, `sectors.${s.id}.innovationWeight`)}`, ...(s.demonstration ? [`${demoBoost}`] : []), `${p.imitation} * a${i}`].join(" + ");
            const gate = inverseTolerance[i] ? ` * (1 / (1 + strain * ${inverseTolerance[i]}))` : "";
            return `
        const a${i} = y[${a0 + i}];
        dydt[${a0 + i}] = (${pull}) * (1 - a${i})${gate} * ${rateScale};
        const m${i} = a${i} * ${share[i]} * scale;
        ${c.output(`market_${s.id}_bn_rmb`)} = m${i};
        ${c.output(`adoption_${s.id}`)} = a${i};`;
          })
          .join("")}
        ${layers.map((l) => `${c.output(`market_${l.id}_bn_rmb`)} = ${sum(sectors.flatMap((s, i) => (s.layerShares[l.id] ? [`m${i} * ${literal(s.layerShares[l.id], `sectors.${s.id}.layerShares.${l.id}`)}`] : [])))};`).join("\n")}
        ${c.output("market_bn_rmb")} = ${sum(sectors.map((_, i) => `m${i}`))};
        ${c.output("market_volume_bn_rmb")} = (${sum(sectors.map((_, i) => `a${i} * ${share[i]}`))}) * ${volumeScale};
        ${c.output("tenders_cumulative")} = y[${tenders}];
        dydt[${tenders}] = ${p.tendersPerBn} * ${c.output("market_industry_bn_rmb")};`
    };
  }
};
