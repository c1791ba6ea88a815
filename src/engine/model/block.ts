import type {Aggregation} from "../core/annualAggregate.js";
import type {Label} from "../declarations.js";
import type {OutputId} from "../ids.js";

/**
 * A stock: a quantity that accumulates, with its initial value and its derivative. Ids, labels
 * and expressions may hold dimension placeholders (`adoption_<sector>`); labels name the member as
 * `{sector}`, replaced by its label in each language.
 */
export interface StockDeclaration {
  id: string;
  label: Label;
  /** A mathjs unit expression: "1" (dimensionless), "bnRMB/year", "PFLOPS", "provider". */
  unit: string;
  /** Value at the start (2023.0): an expression of parameters and dimension data. */
  initial: string;
  /** d(stock)/dt per year: an expression of anything the model knows. */
  derivative: string;
  description: string;
  /** Reported as an output (its value at year end in annual tables). Default true. */
  output?: boolean;
  /** The least value the stock can take (the integrators hold it there). Default 0: stocks here are quantities. */
  min?: number;
  /** The greatest value it can take (a share: 1). Default no bound. */
  max?: number;
}

/** A variable computed from the state at each instant: an output, or an intermediate the equations share. */
export interface VariableDeclaration {
  id: string;
  /** Required for outputs. */
  label?: Label;
  unit: string;
  /**
   * Reported as an output: a stock (a sum of stocks, at year end in annual tables), a flow (a rate,
   * summed per year) or a level (averaged per year). Absent: an intermediate.
   */
  output?: "stock" | "flow" | "level";
  equation: string;
  description: string;
  /** The least value its meaning allows (a share, a count, a cost: 0). Not enforced: the well-posedness tests check it. */
  min?: number;
  /** The greatest value its meaning allows (a share: 1). */
  max?: number;
}

/** A causal link for the structure diagram; polarity is the sign of d(to)/d(from). */
export interface Link {
  from: string;
  to: string;
  polarity: "+" | "-";
}

/**
 * A subsystem as written: its stocks and variables with their equations, and the names other
 * blocks write that it reads. The equations are the model: the compiler turns them into the step
 * function, the method page prints them, the unit check reads them.
 */
export interface BlockDeclaration {
  id: string;
  label: Label;
  description: string;
  /** Stock and variable ids (templates) of other blocks that this block's equations read. */
  reads: string[];
  stocks?: StockDeclaration[];
  variables: VariableDeclaration[];
  links: Link[];
}

/** An observed variable: a stock, a flow (a rate, summed per year) or an auxiliary level. */
export interface OutputSpec {
  id: OutputId;
  label: Label;
  unit: string;
  kind: "stock" | "flow" | "auxiliary";
  /** Stocks: value at year end; flows: summed over the year; levels: mean over the year. */
  annual: Aggregation;
  description: string;
  /** The block that computes it. */
  subsystem: string;
  /** The least value it can take, where declared (a stock's floor, a variable's min): a share, a count or a cost has 0. */
  min?: number;
  /** The greatest value it can take, where declared: a share has 1. */
  max?: number;
}

/** A stock, concrete (placeholders expanded). */
export interface StockSpec {
  id: string;
  label: Label;
  unit: string;
  block: string;
  /** The least value it can take. */
  min: number;
  /** The greatest value it can take. */
  max: number;
}

/**
 * One concrete equation: `defines` = `expression` for a variable, d(`defines`)/dt = `expression`
 * for a stock's derivative, `defines`(2023) = `expression` for its initial value. Sums are
 * expanded; names are stocks, variables, levers, parameters, dimension data, `t` and `tau`.
 */
export interface ConcreteEquation {
  block: string;
  defines: string;
  role: "variable" | "derivative" | "initial";
  expression: string;
  /** Unit of the defined quantity (a derivative's is this unit per year). */
  unit: string;
}

/**
 * A number from the data as a literal of an equation, checked: a malformed value must fail here,
 * by name, not later as a syntax error.
 *
 * @example literal(0.3, "sectors.finance.potentialShare") // 0.3
 */
export function literal(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`model: ${name} must be a finite number, got ${JSON.stringify(value)}`);
  return value;
}
