import {all, create} from "mathjs";
import type {ModelStructure} from "../../src/engine/index.js";

const math = create(all);

/** Where the reference evaluation reads the model: one instant, one state. */
export interface ReferencePoint {
  parameters: Record<string, number>;
  /** Lever values at the instant. */
  levers: Record<string, number>;
  /** Stock values, in structure.stocks order. */
  y: ArrayLike<number>;
  t: number;
  /** What integral(x) is at this instant (the tests use integrands constant in time: x * tau). */
  integral?: (x: number) => number;
  /** The integration step (default a month). */
  dt?: number;
}

/**
 * Evaluates a model's concrete equations with mathjs at one state, in whatever order they can be
 * evaluated: what the compiled derivative must agree with, whatever the compiler hoisted, shared
 * or reordered. Returns every variable's value and every stock's derivative.
 */
export function evaluateReference(structure: ModelStructure, point: ReferencePoint): {values: Record<string, number>; derivatives: Record<string, number>} {
  const tau = point.t - 2023;
  const scope: Record<string, unknown> = {
    ...point.parameters,
    ...point.levers,
    ...Object.fromEntries(Object.entries(structure.dimensionData).map(([name, d]) => [name, d.value])),
    ...Object.fromEntries(structure.stocks.map((s, i) => [s.id, point.y[i]])),
    t: point.t,
    tau,
    integral: point.integral ?? ((x: number) => x * tau),
    dt: point.dt ?? 1 / 12
  };
  const derivatives: Record<string, number> = {};
  let pending = structure.equations.filter((e) => e.role !== "initial");
  while (pending.length > 0) {
    const next = pending.filter((e) => {
      let value: unknown;
      try {
        value = math.evaluate(e.expression, {...scope});
      } catch {
        return true;
      }
      const number = typeof value === "boolean" ? Number(value) : (value as number);
      if (e.role === "derivative") derivatives[e.defines] = number;
      else scope[e.defines] = number;
      return false;
    });
    if (next.length === pending.length) throw new Error(`cannot evaluate: ${next.map((e) => e.defines).join(", ")}`);
    pending = next;
  }
  const values = Object.fromEntries(structure.equations.filter((e) => e.role === "variable").map((e) => [e.defines, scope[e.defines] as number]));
  return {values, derivatives};
}

/** Relative closeness for numbers of any size (absolute below `floor`). */
export function close(a: number, b: number, relative = 1e-10, floor = 1e-12): boolean {
  if (Object.is(a, b)) return true;
  return Math.abs(a - b) <= Math.max(floor, relative * Math.max(Math.abs(a), Math.abs(b)));
}
