import type {FactSpec, LikelihoodTerm, ObservationSpec, SourceSpec, Uncertainty} from "../declarations.js";

/** The z-width of a central 90% interval: 2 × 1.645 standard deviations. */
export const ninetyPercentWidth = 3.29;

/** A likelihood term with its figure read from the data: what the model's value is compared with. */
export interface ResolvedTerm {
  readonly term: LikelihoodTerm;
  /** fit: in the likelihood; holdout: an observation of 2025 on, reported and backtested; check: restates another term, reported only. */
  readonly role: "fit" | "holdout" | "check";
  /** The figure in the model's unit: the lognormal's median, or the bound of a one-sided term. */
  readonly observed: number;
  /** Standard deviation of the log (measurement, then extra_sd, in quadrature). */
  readonly sd: number;
  /** One-sided: the true value is at least `observed` (超过, 突破). */
  readonly lower: boolean;
  /** The calendar year the figure describes (the later one of a growth or ratio). */
  readonly year: number;
  /** When it was published: an ISO date or its prefix ("2023-11-29", "2024-07", "2025"). */
  readonly published: string;
  /** A seed figure (`fact`, or an observation that `restates` one). */
  readonly seed: boolean;
}

/** What a term's figure is looked up in. */
export interface TermSources {
  observations: ReadonlyMap<string, ObservationSpec>;
  facts: ReadonlyMap<string, FactSpec>;
  sources: ReadonlyMap<string, SourceSpec>;
}

/**
 * **A likelihood term's figure, in the model's unit, with its log-sd**: from the observation's
 * value and uncertainty (a relative_sd is the log-sd; a 90% range [lo, hi] gives the log-sd
 * ln(hi/lo)/3.29 around the geometric mean √(lo·hi)), or the term's own uncertainty for a seed
 * figure; a growth or ratio of two observations divides their values and adds their log-sds in
 * quadrature; `extra_sd` (scope, conversion) is added in quadrature; `factor` converts the unit.
 * A `bound: lower` figure is one-sided at its value.
 *
 * Cost: O(1).
 *
 * @param term the term as declared in data/likelihood.json
 * @param sources the observations, seed figures and publications by id
 * @returns the resolved term
 * @throws RangeError naming the term: an unknown observation or figure, a value or range that is not
 *   positive, a zero uncertainty, a bound inside a ratio, a seed figure without `uncertainty`
 * @example resolveTerm({id: "m", observation: "market-ifenxi-2023", output: "market_bn_rmb", read: {year: 2023}}, sources)
 * // {role: "fit", observed: 5, sd: 0.4, lower: false, year: 2023, published: "2023-11-29", seed: false}
 */
export function resolveTerm(term: LikelihoodTerm, sources: TermSources): ResolvedTerm {
  const fail = (message: string): never => {
    throw new RangeError(`data/likelihood.json: term ${term.id} ${message}`);
  };
  const observation = (id: string) => sources.observations.get(id) ?? fail(`names observation "${id}", which data/observations.json does not list`);
  const factor = term.factor ?? 1;
  let centre: number;
  let sd: number;
  let lower = false;
  let year: number;
  let published: string;
  let role: ResolvedTerm["role"];
  if (term.fact !== undefined) {
    const fact = sources.facts.get(term.fact) ?? fail(`names seed figure "${term.fact}", which data/seed-facts.json does not list`);
    if (!term.uncertainty) fail(`reads seed figure "${term.fact}", which has no uncertainty: give the term one`);
    [centre, sd] = spread(fact.value, term.uncertainty!, fail);
    year = lastYearIn(fact.when) ?? fail(`: seed figure "${term.fact}" says no year ("${fact.when}")`);
    published = sources.sources.get(fact.source)?.date ?? fail(`: the source of seed figure "${term.fact}" has no date`);
    role = "fit";
  } else {
    const ids = typeof term.observation === "string" ? [term.observation] : (term.observation ?? fail("names neither an observation nor a seed figure"));
    const found = ids.map(observation);
    const spreads = found.map((o) => spread(o.value, ids.length === 1 && term.uncertainty ? term.uncertainty : o.uncertainty, fail));
    if (found.length === 2) {
      if (found.some((o) => o.bound === "lower")) fail("divides an observation that is only a lower bound");
      centre = spreads[0][0] / spreads[1][0];
      sd = Math.hypot(spreads[0][1], spreads[1][1]);
    } else {
      [centre, sd] = spreads[0];
      lower = found[0].bound === "lower";
      // A one-sided figure is compared at its bound, not at the middle of its range.
      if (lower) centre = found[0].value;
    }
    year = Math.max(...found.map((o) => lastYearIn(o.date) ?? fail(`: observation "${o.id}" has no year in its date "${o.date}"`)));
    published = found.map((o) => o.published).sort()[found.length - 1];
    role = found.some((o) => o.use === "holdout") ? "holdout" : "fit";
  }
  if (term.fit === false) role = "check";
  if (term.extra_sd) sd = Math.hypot(sd, term.extra_sd.value);
  if (!(sd > 0)) fail("has no uncertainty (a log-sd of 0 cannot be fitted)");
  const observed = centre * factor;
  if (!(observed > 0 && Number.isFinite(observed))) fail(`compares with ${observed}; a lognormal likelihood needs a positive figure`);
  return {term, role, observed, sd, lower, year, published, seed: term.fact !== undefined || term.restates !== undefined};
}

/** [median, log-sd] of a figure from its uncertainty. */
function spread(value: number, uncertainty: Uncertainty, fail: (message: string) => never): [number, number] {
  if ("range" in uncertainty) {
    const [lo, hi] = uncertainty.range;
    if (!(lo > 0 && hi > lo)) fail(`has the range [${lo}, ${hi}]; a lognormal likelihood needs 0 < lo < hi`);
    return [Math.sqrt(lo * hi), Math.log(hi / lo) / ninetyPercentWidth];
  }
  if (!(value > 0)) fail(`compares with ${value}; a lognormal likelihood needs a positive figure`);
  return [value, uncertainty.relative_sd];
}

/** The last four-digit year in a date or span: "2024-2025" → 2025, "2023-10" → 2023. */
function lastYearIn(text: string): number | undefined {
  const years = text.match(/\d{4}/g);
  return years ? Number(years[years.length - 1]) : undefined;
}
