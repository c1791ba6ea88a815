import type {Dimensions, ParameterSpec} from "../declarations.js";
import type {System} from "../core/system.js";
import type {BlockContext, BlockFactory, BlockSpec, OutputSpec, StockSpec} from "./block.js";
import {compute} from "./compute.js";
import {fiscal} from "./fiscal.js";
import {market} from "./market.js";
import {providerCounts, providerFlows} from "./providers.js";
import {qualityGrowth, qualityLevel} from "./quality.js";

export type {BlockSpec, Equation, Link, OutputSpec, StockSpec} from "./block.js";

/**
 * Evaluation order within one derivative call: every block reads only stocks and the outputs of
 * blocks before it, so one pass gives a consistent picture of the current state.
 */
const blocks: BlockFactory[] = [qualityLevel, providerCounts, market, compute, providerFlows, qualityGrowth, fiscal];

/** The model's structure for a set of dimensions: blocks, stocks and outputs with their indices. */
export interface ModelStructure {
  blocks: BlockSpec[];
  stocks: StockSpec[];
  outputs: OutputSpec[];
  stockIndex: Map<string, number>;
  outputIndex: Map<string, number>;
}

/** Lays out the model's stocks and outputs for `dims`. */
export function describeModel(dims: Dimensions): ModelStructure {
  const specs = blocks.map((b) => b.spec(dims));
  const stocks = specs.flatMap((s) => s.stocks);
  const outputs = specs.flatMap((s) => s.outputs);
  const stockIndex = new Map(stocks.map((s, i) => [s.id, i]));
  const outputIndex = new Map(outputs.map((o, i) => [o.id, i]));
  if (stockIndex.size !== stocks.length) throw new Error("model: duplicate stock id");
  if (outputIndex.size !== outputs.length) throw new Error("model: duplicate output id");
  return {blocks: specs, stocks, outputs, stockIndex, outputIndex};
}

/** A model bound to parameter values and sampled levers: ready to integrate. */
export interface BoundModel {
  system: System;
  initial: Float64Array;
}

/**
 * Binds parameters and lever schedules (sampled on the half-step `times`) into a System.
 * Everything that depends only on time or parameters is computed here, once per run.
 *
 * @param pool buffers for time curves, kept by the caller and reused across runs
 * @param fallback values for parameters `parameters` does not set (a Monte Carlo draw over a
 *   scenario), read without merging the two objects on every run
 * @throws if a block reads a parameter or lever that is not given
 */
export function bindModel(
  structure: ModelStructure,
  dims: Dimensions,
  parameters: Readonly<Record<string, number>>,
  levers: Readonly<Record<string, Float64Array>>,
  times: Float64Array,
  pool: Float64Array[] = [],
  fallback: Readonly<Record<string, number>> = {}
): BoundModel {
  let curves = 0;
  const growth = (rate: number, level = 1) => {
    const curve = (pool[curves++] ??= new Float64Array(times.length));
    const factor = Math.exp(rate * (times[1] - times[0]));
    curve[0] = level;
    for (let j = 1; j < curve.length; j++) curve[j] = curve[j - 1] * factor;
    return curve;
  };
  const lookup = <T>(map: {get(id: string): T | undefined}, kind: string) => (id: string): T => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`model: unknown ${kind} ${id}`);
    return value;
  };
  const context: BlockContext = {
    dims,
    parameter: lookup({get: (id) => parameters[id] ?? fallback[id]}, "parameter"),
    lever: lookup({get: (id) => levers[id]}, "lever"),
    times,
    growth,
    stock: lookup(structure.stockIndex, "stock"),
    output: lookup(structure.outputIndex, "output")
  };
  const steps = blocks.map((b) => b.create(context));
  const count = steps.length;
  const system: System = {
    size: structure.stocks.length,
    outputs: structure.outputs.length,
    derivative(k, y, dydt, out) {
      for (let b = 0; b < count; b++) steps[b](k, y, dydt, out);
    }
  };
  const initial = Float64Array.from(structure.stocks, (s) => (typeof s.initial === "number" ? s.initial : context.parameter(s.initial)) * (s.scale ?? 1));
  return {system, initial};
}

/** Ids of the parameters the model reads, so declarations and code cannot drift apart. */
export function parametersRead(structure: ModelStructure, dims: Dimensions, declared: ParameterSpec[], leverIds: string[]): Set<string> {
  const read = new Set<string>();
  const parameters = Object.fromEntries(declared.map((p) => [p.id, p.default]));
  const times = Float64Array.of(2023, 2023.5, 2024);
  const levers = Object.fromEntries(leverIds.map((id) => [id, new Float64Array(times.length).fill(0.5)]));
  const tracking = new Proxy(parameters, {
    get(target, id: string) {
      read.add(id);
      return target[id];
    }
  });
  bindModel(structure, dims, tracking, levers, times);
  return read;
}
