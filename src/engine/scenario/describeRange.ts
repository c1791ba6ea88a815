import {unitLabel} from "../units/unitLabel.js";

/**
 * "between 0 and 0.8 (share of compute cost)": the allowed range of a lever or parameter, with
 * its unit, as every range error states it.
 *
 * @example describeRange({min: 0, max: 20000, unit: "PFLOPS/year"}) // "between 0 and 20000 (PFLOPS/yr)"
 */
export function describeRange(spec: {min: number; max: number; unit: string; measure?: string}): string {
  const unit = spec.measure ?? unitLabel(spec.unit);
  return `between ${spec.min} and ${spec.max}${unit ? ` (${unit})` : ""}`;
}
