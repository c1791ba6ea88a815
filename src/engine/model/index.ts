import {deepFreeze} from "../core/deepFreeze.js";
import {createWorkspace, type Workspace} from "../core/system.js";
import type {Dimensions} from "../declarations.js";
import type {BlockDeclaration} from "./block.js";
import {bindModel, type BoundModel} from "./bindModel.js";
import type {CompiledModel} from "./compileModel.js";
import {beijing} from "./beijing.js";
import {compute} from "./compute.js";
import {describeModel, type ModelStructure} from "./describeModel.js";
import {fiscal} from "./fiscal.js";
import {market} from "./market.js";
import {providers} from "./providers.js";
import {quality} from "./quality.js";

export type {BlockDeclaration, ConcreteEquation, Link, OutputSpec, StockDeclaration, StockSpec, VariableDeclaration} from "./block.js";
export type {ModelStructure} from "./describeModel.js";
export type {BoundModel} from "./bindModel.js";
export type {CompiledModel, CompileInputs} from "./compileModel.js";
export {compileModel, modelKey} from "./compileModel.js";
export {bindModel} from "./bindModel.js";

/** The model's subsystems, in the order the method page and the outputs list them (the compiler orders the equations). */
export const blocks: readonly BlockDeclaration[] = deepFreeze([market, providers, compute, quality, fiscal, beijing]);

const structures = new WeakMap<Dimensions, ModelStructure>();

/**
 * The model for a set of dimensions: stocks, outputs and concrete equations (see describeModel),
 * computed once per dimensions object.
 *
 * @example modelStructure(data.dimensions).outputs.length // 62
 */
export function modelStructure(dims: Dimensions): ModelStructure {
  let structure = structures.get(dims);
  if (!structure) structures.set(dims, (structure = describeModel(blocks, dims)));
  return structure;
}

/** A compiled model bound to a grid, with its integrator workspace. */
export interface SharedModel {
  model: BoundModel;
  work: Workspace;
}

// One bound model per (compiled model, instants) per thread: every compiled scenario and Monte
// Carlo runner on those instants shares it. Runs are synchronous, so sharing is safe.
const shared = new WeakMap<CompiledModel, Map<string, SharedModel>>();

/**
 * The thread's model for `compiled` on the instants `times`, bound on first use.
 *
 * @example sharedModel(compiled, evaluationTimes(grid, "euler"), grid.dt).model.prepare(levers, parameters)
 */
export function sharedModel(compiled: CompiledModel, times: Float64Array, step: number): SharedModel {
  let byGrid = shared.get(compiled);
  if (!byGrid) shared.set(compiled, (byGrid = new Map()));
  const key = `${times.length}:${times[0]}:${times[1]}:${step}`;
  let entry = byGrid.get(key);
  if (!entry) {
    const model = bindModel(compiled, times, step);
    byGrid.set(key, (entry = {model, work: createWorkspace(model.system)}));
  }
  return entry;
}

/** One equation as a block declares it (templates unexpanded): what the method page prints. */
export interface DeclaredEquation {
  defines: string;
  role: "variable" | "derivative" | "initial";
  expression: string;
  unit: string;
  description: string;
}

/**
 * A block's equations as written: each stock's initial value and derivative, then each variable.
 *
 * @example declaredEquations(blocks[0])[0] // {defines: "quality_index", role: "initial", expression: "1", ...}
 */
export function declaredEquations(block: BlockDeclaration): DeclaredEquation[] {
  return [
    ...(block.stocks ?? []).flatMap((s): DeclaredEquation[] => [
      {defines: s.id, role: "initial", expression: s.initial, unit: s.unit, description: s.description},
      {defines: s.id, role: "derivative", expression: s.derivative, unit: s.unit, description: s.description}
    ]),
    ...block.variables.map((v): DeclaredEquation => ({defines: v.id, role: "variable", expression: v.equation, unit: v.unit, description: v.description}))
  ];
}
