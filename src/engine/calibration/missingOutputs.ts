import type {LikelihoodTerm} from "../declarations.js";

/**
 * The outputs likelihood terms read that a model lacks, each with the terms that read it: until
 * the model declares them, those terms cannot be fitted (calibrate refuses them by name, or skips
 * them when asked).
 *
 * Cost: O(terms).
 *
 * @param terms likelihood terms (their `output`, and the outputs of `ratio` reads)
 * @param outputs the model's output ids
 * @returns missing output id → ids of the terms that read it, in term order
 * @example missingOutputs(data.likelihood.terms, ["market_bn_rmb"]).get("tokens_per_day") // ["tokens-2024-01", ...]
 */
export function missingOutputs(terms: readonly LikelihoodTerm[], outputs: Iterable<string>): Map<string, string[]> {
  const known = new Set(outputs);
  const missing = new Map<string, string[]>();
  for (const term of terms) {
    const read = term.read;
    const ids = "ratio" in read ? read.ratio.map((r) => r.output ?? term.output) : [term.output];
    for (const id of new Set(ids)) {
      if (known.has(id)) continue;
      missing.set(id, [...(missing.get(id) ?? []), term.id]);
    }
  }
  return missing;
}
