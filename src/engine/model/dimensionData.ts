import type {Dimensions} from "../declarations.js";
import {literal} from "./block.js";
import type {DimensionMembers} from "./expandTemplate.js";

/** A number the data gives per member of a dimension, as the equations name it. */
export interface DimensionDatum {
  value: number;
  unit: string;
  description: string;
}

/**
 * The members of each dimension, under the placeholder names equations use.
 *
 * @example dimensionMembers(dims).sector // ["industrial", "finance", ...]
 */
export function dimensionMembers(dims: Dimensions): DimensionMembers {
  return {
    sector: dims.sectors.map((s) => s.id),
    region: dims.regions.map((r) => r.id),
    kind: dims.kinds.map((k) => k.id),
    layer: dims.layers.map((l) => l.id)
  };
}

/**
 * What data/dimensions.json says of each member, as names the equations read (compiled in as
 * literals): `potential_share_finance`, `provider_share_beijing_general`, `layer_serves_base_general`.
 *
 * @throws Error naming the field for a value that is not a finite number
 * @example dimensionData(dims).potential_share_finance.value // 0.18
 */
export function dimensionData(dims: Dimensions): Record<string, DimensionDatum> {
  const data: Record<string, DimensionDatum> = {};
  const put = (name: string, value: unknown, field: string, unit: string, description: string) => {
    data[name] = {value: literal(value, field), unit, description};
  };
  for (const s of dims.sectors) {
    const field = `sectors.${s.id}`;
    put(`potential_share_${s.id}`, s.potentialShare, `${field}.potentialShare`, "1", `${s.label.en}: share of the market potential.`);
    put(`innovation_weight_${s.id}`, s.innovationWeight, `${field}.innovationWeight`, "1", `${s.label.en}: weight on the common innovation coefficient.`);
    put(`is_demonstration_${s.id}`, s.demonstration ? 1 : 0, `${field}.demonstration`, "1", `${s.label.en}: 1 if demonstration programmes target it.`);
    put(`is_high_stakes_${s.id}`, s.hallucinationTolerance === undefined ? 0 : 1, `${field}.hallucinationTolerance`, "1", `${s.label.en}: 1 if its adoption is gated by reliability.`);
    // A sector without a tolerance is never gated: the value only fills the branch that is compiled away.
    put(`procurement_weight_${s.id}`, s.procurementWeight, `${field}.procurementWeight`, "1", `${s.label.en}: how much of its adoption is bought through public tenders (0 to 1).`);
    put(`hallucination_tolerance_${s.id}`, s.hallucinationTolerance ?? 1, `${field}.hallucinationTolerance`, "1", `${s.label.en}: hallucination rate at which the adoption rate halves.`);
    for (const l of dims.layers) {
      put(`layer_share_${s.id}_${l.id}`, s.layerShares[l.id] ?? 0, `${field}.layerShares.${l.id}`, "1", `${s.label.en}: share of its revenue in the ${l.label.en.toLowerCase()} layer.`);
    }
  }
  for (const r of dims.regions) {
    put(`is_beijing_${r.id}`, r.id === "beijing" ? 1 : 0, `regions.${r.id}`, "1", `${r.label.en}: 1 for Beijing.`);
    for (const k of dims.kinds) {
      put(`provider_share_${r.id}_${k.id}`, r.providerShare[k.id], `regions.${r.id}.providerShare.${k.id}`, "1", `${r.label.en}: share of ${k.label.en.toLowerCase()}-model providers in 2023-10.`);
    }
  }
  for (const k of dims.kinds) put(`is_general_${k.id}`, k.id === "general" ? 1 : 0, `kinds.${k.id}`, "1", `${k.label.en}: 1 for general (通用) models, whose providers train frontier models.`);
  for (const l of dims.layers) {
    for (const k of dims.kinds) {
      put(
        `layer_serves_${l.id}_${k.id}`,
        l.kind === k.id ? 1 : 0,
        `layers.${l.id}.kind`,
        "1",
        `1 if the ${l.label.en.toLowerCase()} layer's revenue sustains ${k.label.en.toLowerCase()}-model providers.`
      );
    }
  }
  return data;
}
