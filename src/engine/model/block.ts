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

/**
 * A number fixed for one run (a parameter, or a constant `prepare` derives from parameters), held
 * in the model's scalar buffer: `${scalar}` in step code reads it, `.value` in `prepare`.
 */
export interface Scalar {
  value: number;
  toString(): string;
}

/**
 * A value at every instant the model is evaluated at (a lever, or a curve filled once per run):
 * `${series}` in step code reads it at the current instant, `values` is the whole curve.
 */
export interface Series {
  readonly values: Float64Array;
  toString(): string;
}

/**
 * A block bound to its grid: `code` is JavaScript statements computing the block's outputs and
 * its stocks' derivatives at instant `k` from `y` (stocks), writing `dydt` and `out[at + i]`; it
 * may call Math's functions and `power` (core/power.js). The model joins every block's code into
 * one derivative function, compiled once per grid, so the hot loop reads literal indices and makes
 * no other calls. `prepare` runs before each run, after the parameters and lever curves are
 * filled, to compute what depends only on them.
 */
export interface Block {
  prepare?(): void;
  code: string;
}

/** Values and lookups a block binds once, before the loop. */
export interface BlockContext {
  dims: Dimensions;
  /**
   * Parameters by local name, refilled with the run's values before each run (before
   * `prepare`), so a block declares each parameter once.
   *
   * @throws when a run lacks one of the ids
   */
  parameters<Name extends string>(ids: Record<Name, string>): Record<Name, Scalar>;
  /** Parameters by position (one per kind, say), refilled like `parameters`. */
  parameterArray(ids: string[]): Scalar[];
  /** A constant `prepare` computes from the parameters. */
  scalar(): Scalar;
  /** The series a lever is copied into, on the model's instants, before each run. */
  lever(id: string): Series;
  /** The instants the model is evaluated at, years (see evaluationTimes). */
  times: Float64Array;
  /** A series `prepare` fills once per run. */
  curve(): Series;
  /**
   * A series of the levers `inputs` (and parameters) alone, filled before each run (before
   * `prepare`) with `at(k)`, evaluated only where one of `inputs` changes (see changePoints):
   * schedules are mostly flat, and `at` may cost a log or a power.
   */
  leverCurve(inputs: Series[], at: (k: number) => number): Series;
  /**
   * A local variable of the derivative for an intermediate a later block reuses (a log it would
   * otherwise recompute), not reported. Every block asking for an id gets the same variable.
   */
  register(id: string): string;
  /** Offset of a stock in the state vector: the code reads `y[i]` and writes `dydt[i]`. */
  stock(id: string): number;
  /** The code that reads or writes an output at the current instant: `out[at + i]`. */
  output(id: string): string;
}

/**
 * A number from the data as a literal of step code, checked: the code is compiled, so a malformed
 * value must fail here, by name, not as a syntax error (or as code).
 *
 * @example literal(0.3, "sectors.finance.potentialShare") // "0.3"
 */
export function literal(value: unknown, name: string): string {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`model: ${name} must be a finite number, got ${JSON.stringify(value)}`);
  return String(value);
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
