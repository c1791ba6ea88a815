/** Shapes of the declarations in `data/`: every lever, parameter, output and figure is declared once. */
import type {LeverId, ParameterId, ScenarioId} from "./ids.js";
import type {CompiledModel} from "./model/compileModel.js";

/** A label in both languages the site and the CLI show. */
export interface Label {
  zh: string;
  en: string;
}

export type Confidence = "high" | "medium" | "low";

/** Where a figure comes from: a publication, or a labelled assumption with its reasoning. */
export interface SourceSpec {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** ISO date of publication. */
  date?: string;
}

/** A prior over an uncertain parameter (Monte Carlo, sensitivity, calibration bounds). */
export type PriorSpec =
  | {distribution: "uniform"; min: number; max: number}
  | {distribution: "triangular"; min: number; mode: number; max: number}
  | {distribution: "normal"; mean: number; sd: number; min: number; max: number}
  | {distribution: "lognormal"; median: number; sigma: number; min: number; max: number};

interface Declared {
  id: string;
  label: Label;
  /** A mathjs unit expression: "1" (dimensionless), "bnRMB/year", "PFLOPS", "provider". */
  unit: string;
  /** What the number measures, where the unit alone does not say: "share of compute cost". */
  measure?: string;
  description: string;
  /** Source id (see sources.json); "assumption" when the value is ours. */
  source: string;
  confidence: Confidence;
  /** For assumptions: why this value. */
  reasoning?: string;
}

/** A policy lever: a slider, a CLI `--set`, a scenario key. */
export interface LeverSpec extends Declared {
  group: "compute" | "data-applications" | "regulation-talent" | "regions";
  min: number;
  max: number;
  /** Slider step. */
  step: number;
  /** Baseline value: a number or [year, value] points. */
  default: number | Array<[number, number]>;
}

/** A model parameter: a coefficient, an initial stock or a conversion factor. */
export interface ParameterSpec extends Declared {
  subsystem: "market" | "providers" | "compute" | "quality" | "fiscal" | "beijing";
  min: number;
  max: number;
  default: number;
  /** Present when the parameter is uncertain. */
  prior?: PriorSpec & {reasoning: string};
}

/** A figure from the seed (or another source) the model can be checked against. */
export interface FactSpec {
  id: string;
  label: Label;
  value: number;
  unit: string;
  /** When it holds: a decimal year, or [from, to] for an average over a span. */
  when: string;
  source: string;
  /** Wording of the source, verbatim. */
  quote: string;
  /** Context, or why the model does not reproduce it. */
  note?: string;
}

/** A measurement uncertainty: the standard deviation of the natural log, or a plausible 90% interval. */
export type Uncertainty = {relative_sd: number; reason: string} | {range: [number, number]; reason: string};

/** An observed figure (data/observations.json): a value with its definition, source and uncertainty. */
export interface ObservationSpec {
  id: string;
  /** Observations of one quantity on one definition share a series. */
  series: string;
  value: number;
  unit: string;
  /** What it describes: "2023", "2023-10", "2024-12-31", "2024-Q2", "2025-H1". */
  date: string;
  geography: string;
  definition: string;
  scope?: string;
  source: string;
  quote: string | null;
  uncertainty: Uncertainty;
  /** "lower" when the source says 超过/突破/above: the true value is at least `value`. */
  bound?: "lower";
  /** "fit": describes 2024 or earlier; "holdout": describes 2025 or later (out of sample). */
  use: "fit" | "holdout";
  role: "target" | "cross-check" | "initial-condition" | "conversion" | "context";
  /** When it was published: "2023-11-29", "2024-07", "2025". */
  published: string;
  note?: string;
}

/** How a quantity is read from one output: at an instant, over a calendar year, or over a span [from, to). */
export type SingleRead = {at: number} | {year: number} | {mean: [number, number]} | {sum: [number, number]};

/**
 * How a likelihood term reads the model: one output read once, a growth value(to) / value(from)
 * between two instants, or a ratio of two reads (each may name its own output).
 */
export type ReadSpec = SingleRead | {growth: [number, number]} | {ratio: [SingleRead & {output?: string}, SingleRead & {output?: string}]};

/**
 * One term of the likelihood (data/likelihood.json): which figure, which output, how it is read,
 * how the figure converts to the model's unit and how uncertain it is.
 */
export interface LikelihoodTerm {
  id: string;
  /** An observation id, or [numerator, denominator] for a growth or ratio of two observations. */
  observation?: string | [string, string];
  /** A seed figure id (data/seed-facts.json), when no observation records it; needs `uncertainty`. */
  fact?: string;
  /** The seed figure an observation term restates (for `shapan facts`). */
  restates?: string;
  output: string;
  read: ReadSpec;
  /** Multiplies the observed value (and its range) into the model's unit, e.g. 1000 for EFLOPS to PFLOPS. Default 1. */
  factor?: number;
  /** A nuisance parameter the model's value is multiplied by before the comparison (e.g. a survey's coverage). */
  scale?: string;
  /** Replaces the observation's uncertainty (required with `fact`). */
  uncertainty?: Uncertainty;
  /** Extra log-sd for the mapping (scope, conversion), added in quadrature, with its reason. */
  extra_sd?: {value: number; reason: string};
  /** false: mapped and reported, but not fitted (it restates what another term carries); `why` says so. */
  fit?: false;
  why?: string;
  note?: string;
}

/** A parameter of the likelihood alone (not of the model): sampled with the model's, reported, never run. */
export interface NuisanceSpec {
  id: string;
  label: Label;
  unit: string;
  description: string;
  prior: PriorSpec & {reasoning: string};
}

/** data/likelihood.json: what the model is fitted to, and how each figure is read. */
export interface LikelihoodSpec {
  description: string;
  /** Parameter ids to fit; absent: every parameter with a prior. */
  parameters?: string[];
  nuisance: NuisanceSpec[];
  terms: LikelihoodTerm[];
}

export interface SectorSpec {
  id: string;
  label: Label;
  /** Share of the total market potential. */
  potentialShare: number;
  /** Multiplies the common innovation coefficient (the seed: industrial enablement and finance lead). */
  innovationWeight: number;
  /** Hallucination rate at which the adoption rate halves; omitted for low-stakes sectors. */
  hallucinationTolerance?: number;
  /** A target of the demonstration-scenario programmes. */
  demonstration: boolean;
  /** How much of its adoption is bought through public tenders, 0 to 1 (government and state-owned buyers). */
  procurementWeight: number;
  /** Revenue split over the business layers (base, industry, application), summing to 1. */
  layerShares: Record<string, number>;
}

export interface RegionSpec {
  id: string;
  label: Label;
  /** Share of each provider kind's national count in 2023-10 (and of entrants at baseline emphasis). */
  providerShare: Record<string, number>;
}

export interface Dimensions {
  sectors: SectorSpec[];
  regions: RegionSpec[];
  kinds: Array<{id: string; label: Label}>;
  layers: Array<{id: string; label: Label; kind: string}>;
}

/** A scenario as written in a file, a URL or the CLI. */
export interface ScenarioInput {
  version: 1;
  name?: string;
  label?: Label;
  description?: string;
  /** A preset's id (data/scenarios; ScenarioId lists the shipped ones, other data sets have their own). */
  extends?: ScenarioId | (string & {});
  /** Lever values by lever id: a typo fails to compile (LeverId). */
  levers?: Partial<Record<LeverId, LeverValue>>;
  /** Parameter values by parameter id (ParameterId). */
  parameters?: Partial<Record<ParameterId, number>>;
  time?: Partial<TimeSpec>;
}

/** A lever value: a constant, [year, value] points (linear between, flat outside), or a formula in t. */
export type LeverValue = number | Array<[number, number]> | string;

export interface TimeSpec {
  /** First reported calendar year (the run always starts at 2023.0, where the seed's state is known). */
  from: number;
  /** Last simulated calendar year, inclusive. */
  to: number;
  step: "month" | "quarter" | "year";
  method: "euler" | "rk4";
}

/** The expected direction of a lever's effect on an output: up, down, none by construction, or depending on the parameters. */
export type DeclaredSign = "+" | "-" | "0" | "ambiguous";

/** One lever's expected effect on one headline output, per checked year, with the causal story. */
export interface SignDeclaration {
  lever: string;
  output: string;
  /** The sign in each checked year, keyed by the year ("2027"). */
  sign: Record<string, DeclaredSign>;
  /** The mechanism in the model; for "ambiguous", what the sign depends on. */
  reason: Label;
  /** For an ambiguous sign: the parameters it depends on. */
  depends?: string[];
}

/** A net statement: where a lever's costs and benefits meet, the sign of its whole-range effect (value at max minus value at min). */
export interface NetSignDeclaration {
  lever: string;
  output: string;
  sign: Record<string, "+" | "-" | "0">;
  statement: Label;
}

/** data/signs.json: the expected sign of every lever's effect on every headline output. */
export interface SignDeclarations {
  description: string;
  /** The years each sign is declared for. */
  years: number[];
  signs: SignDeclaration[];
  net: NetSignDeclaration[];
}

/** Everything the engine needs, read from `data/` by Node code or a data loader. */
export interface ModelData {
  dimensions: Dimensions;
  levers: LeverSpec[];
  parameters: ParameterSpec[];
  sources: SourceSpec[];
  facts: FactSpec[];
  /** Observed series for calibration and backtest (data/observations.json). */
  observations: ObservationSpec[];
  /** What the model is fitted to (data/likelihood.json). */
  likelihood: LikelihoodSpec;
  /** Preset scenarios by id. */
  scenarios: Record<string, ScenarioInput>;
  /** The calibrated point that overrides the declared defaults (data/calibration.json's `parameters`). */
  calibration?: {parameters: Record<string, number>; nuisance?: Record<string, number>};
  /** The declared signs of the levers' effects (data/signs.json): the method page and `shapan signs` read them. */
  signs?: SignDeclarations;
  /** The model compiled for these declarations (loadData attaches the build's; see compileModel). */
  compiled?: CompiledModel;
}
