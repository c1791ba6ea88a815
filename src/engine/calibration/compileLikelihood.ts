import type {Grid} from "../core/grid.js";
import type {SingleRead} from "../declarations.js";
import type {OutputSpec} from "../model/index.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import {missingOutputs} from "./missingOutputs.js";
import {applyWeights, readEnd, type ReadWeights, readWeights} from "./readWeights.js";
import type {ResolvedTerm} from "./resolveTerm.js";
import {termLogDensity} from "./termLogDensity.js";

/** Likelihood terms bound to a model's outputs and a grid: reads a run's buffer, allocating nothing. */
export interface CompiledLikelihood {
  readonly terms: readonly ResolvedTerm[];
  /** Ids of the nuisance parameters, in the order `nuisance` arrays hold them. */
  readonly nuisance: readonly string[];
  /**
   * Each term's model quantity (its read, times its nuisance share) for a run: `into[j]` for term j.
   *
   * @param buffer a run from compiled.runInto on the grid given to compileLikelihood
   * @param nuisance values of the nuisance parameters
   */
  quantities(buffer: Float64Array, nuisance: ArrayLike<number>, into: Float64Array): Float64Array;
  /** Σ termLogDensity over the terms whose role is "fit" (−Infinity if any quantity is not positive). */
  logLikelihood(buffer: Float64Array, nuisance: ArrayLike<number>): number;
}

/**
 * **Binds likelihood terms to a run**: each term's read becomes weights on the step-major buffer
 * `compiled.runInto` fills (readWeights), a growth or ratio a quotient of two such reads, and a
 * term's `scale` an index into the nuisance values, so the likelihood of a run costs a few hundred
 * multiplications.
 *
 * Cost: O(save points the reads span), once.
 *
 * @param terms resolved terms (resolveTerm)
 * @param outputs the model's outputs, in the order of its output vector
 * @param grid the grid the runs are on (compiled.grid)
 * @param nuisance ids of the nuisance parameters terms may `scale` by
 * @returns the compiled likelihood
 * @throws ScenarioError naming each output the model lacks and the terms that read it, or a scale that names no nuisance parameter
 * @throws RangeError naming the term whose read reaches outside the grid
 * @example compileLikelihood(terms, engine.outputs, compiled.grid, ["beijing_gap_survey_coverage"]).logLikelihood(buffer, [0.6])
 */
export function compileLikelihood(terms: readonly ResolvedTerm[], outputs: readonly OutputSpec[], grid: Grid, nuisance: readonly string[] = []): CompiledLikelihood {
  const missing = missingOutputs(
    terms.map((t) => t.term),
    outputs.map((o) => o.id)
  );
  if (missing.size > 0) {
    const list = [...missing].map(([id, readers]) => `${id} (${readers.join(", ")})`).join("; ");
    throw new ScenarioError("likelihood", `reads outputs the model does not declare: ${list}`);
  }
  const index = new Map<string, number>(outputs.map((o, i) => [o.id, i]));
  const width = outputs.length;
  const weigh = (read: SingleRead, output: string, id: string) => {
    try {
      return readWeights(read, index.get(output)!, width, grid, outputs[index.get(output)!].annual);
    } catch (error) {
      throw new RangeError(`likelihood term ${id}: ${(error as Error).message}; run to ${Math.ceil(readEnd(read)) - 1} at least`);
    }
  };
  const compiled = terms.map(({term}) => {
    const read = term.read;
    let numerator: ReadWeights;
    let denominator: ReadWeights | undefined;
    if ("growth" in read) {
      numerator = weigh({at: read.growth[1]}, term.output, term.id);
      denominator = weigh({at: read.growth[0]}, term.output, term.id);
    } else if ("ratio" in read) {
      const [top, bottom] = read.ratio;
      numerator = weigh(top, top.output ?? term.output, term.id);
      denominator = weigh(bottom, bottom.output ?? term.output, term.id);
    } else {
      numerator = weigh(read, term.output, term.id);
    }
    let scale = -1;
    if (term.scale !== undefined) {
      scale = nuisance.indexOf(term.scale);
      if (scale < 0) throw new ScenarioError(`likelihood term ${term.id}: scale`, `names "${term.scale}", which is not a nuisance parameter (${nuisance.join(", ") || "none declared"})`);
    }
    return {numerator, denominator, scale};
  });
  const quantity = (j: number, buffer: Float64Array, values: ArrayLike<number>) => {
    const c = compiled[j];
    let value = applyWeights(c.numerator, buffer);
    if (c.denominator) value /= applyWeights(c.denominator, buffer);
    return c.scale >= 0 ? value * values[c.scale] : value;
  };
  const fitted = terms.flatMap((t, j) => (t.role === "fit" ? [j] : []));
  return {
    terms,
    nuisance,
    quantities(buffer, values, into) {
      for (let j = 0; j < terms.length; j++) into[j] = quantity(j, buffer, values);
      return into;
    },
    logLikelihood(buffer, values) {
      let total = 0;
      for (const j of fitted) {
        total += termLogDensity(quantity(j, buffer, values), terms[j]);
        if (total === -Infinity) return total;
      }
      return total;
    }
  };
}

/**
 * The last calendar year a run must reach for every term's read: the end of that year is the last
 * save point.
 *
 * @example likelihoodLastYear([{term: {read: {mean: [2024, 2026]}, ...}}]) // 2025
 */
export function likelihoodLastYear(terms: readonly ResolvedTerm[]): number {
  let end = -Infinity;
  for (const {term} of terms) {
    const read = term.read;
    const reads: SingleRead[] = "growth" in read ? [{at: read.growth[1]}] : "ratio" in read ? read.ratio : [read];
    for (const r of reads) end = Math.max(end, readEnd(r));
  }
  return Math.ceil(end - 1e-9) - 1;
}
