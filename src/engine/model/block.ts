import type {Aggregation} from "../core/annualAggregate.js";
import type {Dimensions, Label} from "../declarations.js";

/** An observed variable: a stock, a flow (a rate, summed per year) or an auxiliary level. */
export interface OutputSpec {
  id: string;
  label: Label;
  /** A mathjs unit expression, as for parameters. */
  unit: string;
  kind: "stock" | "flow" | "auxiliary";
  /** Stocks: value at year end; flows: summed over the year; levels: mean over the year. */
  annual: Aggregation;
  description: string;
  subsystem: string;
}

/**
 * One equation as the method page prints it and the unit test checks it: `expression` is
 * mathjs syntax over output, stock, lever and parameter ids (and `t`, `tau` = t - 2023).
 */
export interface Equation {
  defines: string;
  expression: string;
  /** For a stock: its derivative is the expression. */
  derivative?: boolean;
  note?: string;
}

/** A causal link for the structure diagram; polarity is the sign of d(to)/d(from). */
export interface Link {
  from: string;
  to: string;
  polarity: "+" | "-";
}

/** A stock with its initial value's parameter id (or a constant). */
export interface StockSpec {
  id: string;
  label: Label;
  unit: string;
  initial: string | number;
  /** Multiplies the initial value (a sector's or region's share of a national figure). */
  scale?: number;
}

/** An intermediate variable an equation names that is not an output: its unit, for the unit check. */
export interface AuxiliarySpec {
  id: string;
  unit: string;
  description: string;
}

/** What a subsystem declares about itself, before any parameters are bound. */
export interface BlockSpec {
  id: string;
  label: Label;
  stocks: StockSpec[];
  outputs: OutputSpec[];
  /** Intermediates and per-dimension data its equations name. */
  auxiliaries?: AuxiliarySpec[];
  equations: Equation[];
  links: Link[];
}

/** The run-time part: writes derivatives of its stocks and its outputs for half-step index k. */
export type BlockStep = (k: number, y: Float64Array, dydt: Float64Array, out: Float64Array) => void;

/**
 * A block bound to its grid and levers. `prepare` reads the run's parameters (and computes what
 * depends only on them) before each run, so a Monte Carlo reuses the same step closures, which V8
 * has specialised, instead of building new ones per draw.
 */
export interface Block {
  prepare?(): void;
  step: BlockStep;
}

/** Values and lookups a block binds once, before the loop. */
export interface BlockContext {
  dims: Dimensions;
  /**
   * Parameters by local name: the object's fields are refilled with the run's values before each
   * run (before `prepare`), so a step reads `p.growth` and a block declares each parameter once.
   *
   * @throws when a run lacks one of the ids
   */
  parameters<Name extends string>(ids: Record<Name, string>): Record<Name, number>;
  /** Parameters by position (one per kind, say), refilled like `parameters`. */
  parameterArray(ids: string[]): Float64Array;
  /** The buffer a lever is copied into, on the half-step grid, before each run. */
  lever(id: string): Float64Array;
  /** Half-step instants, years. */
  times: Float64Array;
  /** A buffer over the half-step grid, for curves `prepare` fills once per run. */
  curve(): Float64Array;
  /**
   * Index of an internal value in `registers`: an intermediate a later block reuses (a log it
   * would otherwise recompute), not reported. Every block asking for an id gets the same index.
   */
  register(id: string): number;
  /** Internal values shared between blocks within one derivative call. */
  registers: Float64Array;
  /** Offset of a stock in the state vector. */
  stock(id: string): number;
  /** Index of an output in the output vector. */
  output(id: string): number;
}

/** Builds an output spec tersely: `out("market_bn_rmb", ["大模型市场规模", "Market"], "bnRMB/year", "flow", "...")`. */
export function declareOutput(subsystem: string, id: string, [zh, en]: [string, string], unit: string, kind: OutputSpec["kind"], description: string): OutputSpec {
  const annual: Aggregation = kind === "stock" ? "end" : kind === "flow" ? "sum" : "mean";
  return {id, label: {zh, en}, unit, kind, annual, description, subsystem};
}

/** Declares a stock. */
export function declareStock(id: string, [zh, en]: [string, string], unit: string, initial: string | number, scale = 1): StockSpec {
  return {id, label: {zh, en}, unit, initial, scale};
}

export type BlockFactory = {spec(dims: Dimensions): BlockSpec; create(context: BlockContext): Block};
