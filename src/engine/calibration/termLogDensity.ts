import type {ResolvedTerm} from "./resolveTerm.js";

/**
 * **Log-likelihood of one term**: lognormal, −½·((ln value − ln observed) / sd)², or one-sided for a
 * lower bound (0 at or above it, the same lognormal tail below). Constants are dropped (they do not
 * move the posterior). A value that is not positive and finite has likelihood 0 (−Infinity).
 *
 * Cost: O(1).
 *
 * @param value the model's quantity, in the model's unit (scaled by any nuisance share)
 * @param term the resolved term: observed, sd, lower
 * @returns the log density, at most 0
 * @example termLogDensity(5 * Math.exp(0.4), {observed: 5, sd: 0.4, lower: false}) // -0.5
 */
export function termLogDensity(value: number, term: Pick<ResolvedTerm, "observed" | "sd" | "lower">): number {
  if (!(value > 0 && value < Infinity)) return -Infinity;
  const z = Math.log(value / term.observed) / term.sd;
  return term.lower && z >= 0 ? 0 : -0.5 * z * z;
}
