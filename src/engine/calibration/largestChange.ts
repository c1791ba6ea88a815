import type {ResolvedTerm} from "./resolveTerm.js";

/**
 * The largest relative change |a/b − 1| between two readings of the same terms, and the term it
 * belongs to; a quantity that is NaN or infinite on either side and not equal counts as an
 * infinite change (it cannot be called converged).
 *
 * Cost: O(terms).
 *
 * @example largestChange(Float64Array.of(1.01, 2), Float64Array.of(1, 2), terms) // {change: 0.01, term: terms[0].term.id}
 */
export function largestChange(a: ArrayLike<number>, b: ArrayLike<number>, terms: readonly ResolvedTerm[]): {change: number; term: string} {
  let change = 0;
  let term = terms[0]?.term.id ?? "";
  for (let j = 0; j < terms.length; j++) {
    const relative = Math.abs(a[j] / b[j] - 1);
    const c = Number.isFinite(relative) ? relative : a[j] === b[j] ? 0 : Infinity;
    if (c > change) [change, term] = [c, terms[j].term.id];
  }
  return {change, term};
}
