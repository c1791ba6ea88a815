import type {Dimensions, ParameterSpec} from "../declarations.js";
import {changePoints} from "../core/changePoints.js";
import {power} from "../core/power.js";
import {createWorkspace, type System, type Workspace} from "../core/system.js";
import type {BlockContext, BlockFactory, BlockSpec, OutputSpec, Scalar, Series, StockSpec} from "./block.js";
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
const blocks = [qualityLevel, providerCounts, market, compute, providerFlows, qualityGrowth, fiscal] satisfies BlockFactory[];

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

/** A model bound to its grid: set the levers and parameters, then integrate `system`. */
export interface BoundModel {
  system: System;
  /**
   * Makes `levers` (sampled on the model's instants) and `parameters` (falling back to
   * `fallback` for any it does not set, so a Monte Carlo draw need not merge objects) the current
   * run's values, and returns the initial stocks, in a buffer reused across runs.
   *
   * @throws if a lever or parameter the model reads is missing
   */
  prepare(levers: Readonly<Record<string, Float64Array>>, parameters: Readonly<Record<string, number>>, fallback?: Readonly<Record<string, number>>): Float64Array;
}

/**
 * Binds the blocks to the instants `times` (see evaluationTimes) once and compiles their code
 * into one derivative function, kept for every later run on these instants whatever the
 * scenario: the loop reads literal indices into a few typed arrays and makes no calls but the
 * transcendental ones (one closure per block took twice as long), and V8 specialises functions
 * that stay few. Each run copies its levers into their curves and its parameters into the
 * scalar buffer.
 */
export function bindModel(structure: ModelStructure, dims: Dimensions, times: Float64Array): BoundModel {
  const n = times.length;
  // Per-run numbers live in one scalar buffer, allocated once every block has said what it needs,
  // and curves in arrays of their own: the compiled code reads both by literal index.
  const series: Float64Array[] = [];
  const leverSeries = new Map<string, Series>();
  const registers = new Set<string>();
  const fills: Array<{slot: number; id: string}> = [];
  let current: Readonly<Record<string, number>> = {};
  let fallback: Readonly<Record<string, number>> = {};
  let slots = 0;
  const parameter = (id: string): number => {
    const value = current[id] ?? fallback[id];
    if (value === undefined) throw new Error(`model: unknown parameter ${id}`);
    return value;
  };
  const buffers = {scalars: new Float64Array(0)};
  const scalar = (): Scalar => new ScalarSlot(buffers, slots++);
  const parameterScalar = (id: string): Scalar => {
    fills.push({slot: slots, id});
    return scalar();
  };
  const curve = (): Series => {
    const name = `C${series.length}`;
    const values = new Float64Array(n);
    series.push(values);
    return {values, toString: () => `${name}[k]`};
  };
  const leverCurves: Array<{values: Float64Array; inputs: Float64Array[]; at: (k: number) => number; starts: Int32Array}> = [];
  const index = (map: Map<string, number>, kind: string, id: string): number => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`model: unknown ${kind} ${id}`);
    return value;
  };
  const context: BlockContext = {
    dims,
    parameters<Name extends string>(ids: Record<Name, string>) {
      return Object.fromEntries(Object.entries<string>(ids).map(([name, id]) => [name, parameterScalar(id)])) as Record<Name, Scalar>;
    },
    parameterArray: (ids) => ids.map(parameterScalar),
    scalar,
    lever(id) {
      if (!leverSeries.has(id)) leverSeries.set(id, curve());
      return leverSeries.get(id)!;
    },
    times,
    curve,
    leverCurve(inputs, at) {
      const s = curve();
      leverCurves.push({values: s.values, inputs: inputs.map((i) => i.values), at, starts: Int32Array.of(0)});
      return s;
    },
    register(id) {
      registers.add(id);
      return `r_${id}`;
    },
    stock: (id) => index(structure.stockIndex, "stock", id),
    output: (id) => `out[at + ${index(structure.outputIndex, "output", id)}]`
  };
  const bound = blocks.map((b) => b.create(context));
  const scalars = (buffers.scalars = new Float64Array(slots));
  const body = bound.map((b, i) => `// ${structure.blocks[i].id}\n{${b.code}}`).join("\n");
  const locals = registers.size ? `let ${[...registers].map((id) => `r_${id} = 0`).join(", ")};` : "";
  const curves = series.map((_, i) => `const C${i} = curves[${i}];`).join("\n");
  // Step code may call `power` (inlined by V8 like any small function).
  const compile = new Function("V", "curves", "power", `"use strict";\n${curves}\nreturn function derivative(k, y, dydt, out, at) {${locals}\n${body}\n};`);
  const system: System = {size: structure.stocks.length, outputs: structure.outputs.length, derivative: compile(scalars, series, power)};
  const preparers = bound.flatMap((b) => (b.prepare ? [b.prepare] : []));
  const leverIds = [...leverSeries.keys()];
  const leverValues = [...leverSeries.values()].map((s) => s.values);
  let lastLevers: Readonly<Record<string, Float64Array>> | undefined;
  const {stocks} = structure;
  const initial = new Float64Array(stocks.length);
  return {
    system,
    prepare(levers, parameters, defaults = {}) {
      // Sampled levers are never modified, so the same set as the last run needs no copy (a Monte
      // Carlo batch reruns one scenario).
      if (levers !== lastLevers) {
        for (let i = 0; i < leverIds.length; i++) {
          const values = levers[leverIds[i]];
          if (values === undefined || values.length !== n) throw new Error(`model: lever ${leverIds[i]} is not sampled on this grid`);
          leverValues[i].set(values);
        }
        for (const curve of leverCurves) curve.starts = changePoints(curve.inputs, n);
        lastLevers = levers;
      }
      current = parameters;
      fallback = defaults;
      for (let i = 0; i < fills.length; i++) scalars[fills[i].slot] = parameter(fills[i].id);
      for (let i = 0; i < leverCurves.length; i++) {
        const {values, at, starts} = leverCurves[i];
        for (let j = 0; j < starts.length; j++) values.fill(at(starts[j]), starts[j], j + 1 < starts.length ? starts[j + 1] : n);
      }
      for (let b = 0; b < preparers.length; b++) preparers[b]();
      for (let i = 0; i < stocks.length; i++) {
        const {initial: start, scale} = stocks[i];
        initial[i] = (typeof start === "number" ? start : parameter(start)) * (scale ?? 1);
      }
      return initial;
    }
  };
}

/** A per-run number of the model's scalar buffer (a class, so `prepare`'s reads stay monomorphic). */
class ScalarSlot implements Scalar {
  constructor(
    private readonly buffers: {scalars: Float64Array},
    private readonly slot: number
  ) {}
  get value() {
    return this.buffers.scalars[this.slot];
  }
  set value(value: number) {
    this.buffers.scalars[this.slot] = value;
  }
  toString() {
    return `V[${this.slot}]`;
  }
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
  bindModel(structure, dims, times).prepare(levers, tracking);
  return read;
}

/** The model for a set of dimensions on a grid, with its integrator workspace. */
export interface SharedModel {
  structure: ModelStructure;
  model: BoundModel;
  work: Workspace;
}

// One bound model per (dimensions, grid) per thread: see bindModel for why closures must stay few.
const shared = new Map<string, SharedModel>();
const dimensionKeys = new WeakMap<Dimensions, string>();

/**
 * The thread's model for `dims` on the instants `times`, bound on first use and reused by
 * every compiled scenario and Monte Carlo runner after it. Runs are synchronous, so sharing is safe.
 */
export function sharedModel(dims: Dimensions, times: Float64Array): SharedModel {
  let dimensionKey = dimensionKeys.get(dims);
  if (dimensionKey === undefined) dimensionKeys.set(dims, (dimensionKey = JSON.stringify(dims)));
  const key = `${times.length}:${times[0]}:${times[1]}|${dimensionKey}`;
  let entry = shared.get(key);
  if (!entry) {
    const structure = describeModel(dims);
    const model = bindModel(structure, dims, times);
    shared.set(key, (entry = {structure, model, work: createWorkspace(model.system)}));
  }
  return entry;
}
