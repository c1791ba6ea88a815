import {compileLikelihood, likelihoodLastYear} from "../calibration/compileLikelihood.js";
import {missingOutputs} from "../calibration/missingOutputs.js";
import {ninetyPercentWidth, resolveTerm} from "../calibration/resolveTerm.js";
import type {FactSpec, LikelihoodTerm, ScenarioInput} from "../declarations.js";
import {priorQuantile} from "../random/prior.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {firstYear} from "../scenario/schema.js";
import type {Engine} from "../simulate.js";

/** One row of the seed-figure table: a figure, the likelihood term that reads it, and the model's value. */
export interface FactComparison {
  fact: FactSpec;
  /** The term that reads the figure (or an observation restating it); absent when the model does not cover it. */
  term?: LikelihoodTerm;
  /** The output the term reads, when the model does not declare it yet. */
  missing?: string;
  /** The model's value in the figure's unit (times the nuisance share at the calibrated point). */
  model?: number;
  /** model / figure − 1, against the term's figure (the middle of its range). */
  residual?: number;
  /** The figure's 90% interval in its unit (a lower bound has no upper end). */
  interval?: [number, number | null];
  /** The model's value lies in that interval. */
  within?: boolean;
}

/**
 * **Each seed figure against a scenario's run**: the figure, the likelihood term that reads it (a
 * `fact` term, or an observation term that `restates` it), the model's value read as the term
 * reads it (nuisance shares at the calibrated point, else their prior medians), and whether it lies
 * in the figure's 90% interval. `shapan facts` and the sources page show this table.
 *
 * Cost: one run to the last year the figures' terms read.
 *
 * @param engine the engine (its data's facts, likelihood, observations, sources and calibration)
 * @param scenario the scenario to run, default the baseline
 * @returns one row per seed figure, in data/seed-facts.json's order
 * @example compareFacts(engine)[0] // {fact: {id: "providers-national", ...}, model: 254.1, residual: 0.0004, within: true, ...}
 */
export function compareFacts(engine: Engine, scenario: ScenarioInput | ResolvedScenario | string = "baseline"): FactComparison[] {
  const {data} = engine;
  const sources = {
    observations: new Map(data.observations.map((o) => [o.id, o])),
    facts: new Map(data.facts.map((f) => [f.id, f])),
    sources: new Map(data.sources.map((s) => [s.id, s]))
  };
  const readers = new Map<string, LikelihoodTerm>();
  for (const term of data.likelihood.terms) {
    const fact = term.fact ?? term.restates;
    if (fact !== undefined && !readers.has(fact)) readers.set(fact, term);
  }
  const missing = missingOutputs(
    [...readers.values()],
    engine.outputs.map((o) => o.id)
  );
  const missingOf = (term: LikelihoodTerm) => [...missing].find(([, ids]) => ids.includes(term.id))?.[0];
  const terms = [...readers.values()].filter((t) => missingOf(t) === undefined).map((t) => resolveTerm(t, sources));
  const nuisance = data.likelihood.nuisance.map((n) => data.calibration?.nuisance?.[n.id] ?? priorQuantile(n.prior, 0.5));
  let quantities: Float64Array = new Float64Array(0);
  if (terms.length > 0) {
    const compiled = engine.compile(engine.derive(scenario, {time: {from: firstYear, to: likelihoodLastYear(terms)}}));
    const likelihood = compileLikelihood(
      terms,
      engine.outputs,
      compiled.grid,
      data.likelihood.nuisance.map((n) => n.id)
    );
    quantities = likelihood.quantities(compiled.runInto(new Float64Array(compiled.size)), nuisance, new Float64Array(terms.length));
  }
  return data.facts.map((fact): FactComparison => {
    const term = readers.get(fact.id);
    if (!term) return {fact};
    const j = terms.findIndex((t) => t.term === term);
    if (j < 0) return {fact, term, missing: missingOf(term)};
    const resolved = terms[j];
    const factor = term.factor ?? 1;
    const model = quantities[j] / factor;
    const half = Math.exp((ninetyPercentWidth / 2) * resolved.sd);
    const observed = resolved.observed / factor;
    const interval: [number, number | null] = resolved.lower ? [observed, null] : [observed / half, observed * half];
    const within = model >= interval[0] && (interval[1] === null || model <= interval[1]);
    return {fact, term, model, residual: model / observed - 1, interval, within};
  });
}
