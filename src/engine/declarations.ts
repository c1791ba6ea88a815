/** Shapes of the declarations in `data/`: every lever, parameter, output and figure is declared once. */
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

/**
 * How the model is compared with a fact: the output read at an instant (`at`), as an annual
 * aggregate (`year`), or averaged over [from, to) (`mean`); within a relative tolerance, or at least
 * the value.
 */
export interface TargetSpec {
  fact: string;
  output: string;
  at?: number;
  year?: number;
  mean?: [number, number];
  comparison?: "within" | "at-least";
  /** Relative tolerance, e.g. 0.05 for within 5%. */
  tolerance: number;
  /** Weight in the calibration loss. */
  weight: number;
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
  extends?: string;
  levers?: Record<string, LeverValue>;
  parameters?: Record<string, number>;
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

/** Everything the engine needs, read from `data/` by Node code or a data loader. */
export interface ModelData {
  dimensions: Dimensions;
  levers: LeverSpec[];
  parameters: ParameterSpec[];
  sources: SourceSpec[];
  facts: FactSpec[];
  targets: TargetSpec[];
  /** Preset scenarios by id. */
  scenarios: Record<string, ScenarioInput>;
  /** Fitted parameter values that override the declared defaults (data/calibration.json). */
  calibration?: {parameters: Record<string, number>};
  /** The model compiled for these declarations (loadData attaches the build's; see compileModel). */
  compiled?: CompiledModel;
}
