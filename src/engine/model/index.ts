import type {Dimensions, ParameterSpec} from "../declarations.js";
import {createWorkspace, type System, type Workspace} from "../core/system.js";
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
   * Makes `levers` (sampled on the model's half-step grid) and `parameters` (falling back to
   * `fallback` for any it does not set, so a Monte Carlo draw need not merge objects) the current
   * run's values, and returns the initial stocks, in a buffer reused across runs.
   *
   * @throws if a lever or parameter the model reads is missing
   */
  prepare(levers: Readonly<Record<string, Float64Array>>, parameters: Readonly<Record<string, number>>, fallback?: Readonly<Record<string, number>>): Float64Array;
}

/**
 * Binds the blocks to the half-step `times` once: the step closures are made here and kept for
 * every later run on this grid, whatever its scenario, because V8 specialises closures that stay
 * few (a process with hundreds of sets of them ran 20-100% slower). Each run copies its levers
 * into the model's buffers and re-reads its parameters.
 */
export function bindModel(structure: ModelStructure, dims: Dimensions, times: Float64Array): BoundModel {
  const leverBuffers = new Map<string, Float64Array>();
  let current: Readonly<Record<string, number>> = {};
  let fallback: Readonly<Record<string, number>> = {};
  const lookup = <T>(map: {get(id: string): T | undefined}, kind: string) => (id: string): T => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`model: unknown ${kind} ${id}`);
    return value;
  };
  const parameter = (id: string): number => {
    const value = current[id] ?? fallback[id];
    if (value === undefined) throw new Error(`model: unknown parameter ${id}`);
    return value;
  };
  // Everything a run's parameters fill, flattened once so prepare is a plain loop.
  const sets: Array<{values: Record<string, number>; names: string[]; ids: string[]}> = [];
  const arrays: Array<{values: Float64Array; ids: string[]}> = [];
  const registerIndex = new Map<string, number>();
  const registers = new Float64Array(16);
  const context: BlockContext = {
    dims,
    parameters<Name extends string>(ids: Record<Name, string>) {
      const names = Object.keys(ids) as Name[];
      // Fields start as doubles so V8 keeps one shape and representation for the object.
      const values = Object.fromEntries(names.map((name) => [name, 0.5])) as Record<Name, number>;
      sets.push({values, names, ids: names.map((name) => ids[name])});
      return values;
    },
    parameterArray(ids) {
      const values = new Float64Array(ids.length);
      arrays.push({values, ids});
      return values;
    },
    lever: (id) => {
      if (!leverBuffers.has(id)) leverBuffers.set(id, new Float64Array(times.length));
      return leverBuffers.get(id)!;
    },
    times,
    curve: () => new Float64Array(times.length),
    register: (id) => {
      if (!registerIndex.has(id)) registerIndex.set(id, registerIndex.size);
      if (registerIndex.size > registers.length) throw new Error(`model: more than ${registers.length} registers`);
      return registerIndex.get(id)!;
    },
    registers,
    stock: lookup(structure.stockIndex, "stock"),
    output: lookup(structure.outputIndex, "output")
  };
  const bound = blocks.map((b) => b.create(context));
  const preparers = bound.flatMap((b) => (b.prepare ? [b.prepare] : []));
  const leverIds = [...leverBuffers.keys()];
  const leverList = [...leverBuffers.values()];
  let lastLevers: Readonly<Record<string, Float64Array>> | undefined;
  // One direct call per block, in order: monomorphic call sites V8 can inline, where a loop over
  // an array of seven different closures would dispatch each call indirectly.
  const [quality, counts, adoption, scarcity, flows, growth, costs] = bound.map((b) => b.step);
  const system: System = {
    size: structure.stocks.length,
    outputs: structure.outputs.length,
    derivative(k, y, dydt, out) {
      quality(k, y, dydt, out);
      counts(k, y, dydt, out);
      adoption(k, y, dydt, out);
      scarcity(k, y, dydt, out);
      flows(k, y, dydt, out);
      growth(k, y, dydt, out);
      costs(k, y, dydt, out);
    }
  };
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
          if (values === undefined || values.length !== times.length) throw new Error(`model: lever ${leverIds[i]} is not sampled on this grid`);
          leverList[i].set(values);
        }
        lastLevers = levers;
      }
      current = parameters;
      fallback = defaults;
      for (let s = 0; s < sets.length; s++) {
        const {values, names, ids} = sets[s];
        for (let i = 0; i < ids.length; i++) values[names[i]] = parameter(ids[i]);
      }
      for (let a = 0; a < arrays.length; a++) {
        const {values, ids} = arrays[a];
        for (let i = 0; i < ids.length; i++) values[i] = parameter(ids[i]);
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
 * The thread's model for `dims` on the half-step grid `times`, bound on first use and reused by
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
