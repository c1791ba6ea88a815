/**
 * A stock-and-flow system as the integrators see it: `size` stocks and `outputs` observed values.
 * `derivative` writes dy/dt and every output (to `out[at]` .. `out[at + outputs - 1]`) for the
 * state `y` at instant `k` of the times the model is bound to (see evaluationTimes); it must not
 * allocate. Writing at an offset lets an integrator observe a save point straight into its
 * step-major result, with no copy.
 */
export interface System {
  readonly size: number;
  readonly outputs: number;
  /** Lower bound of each stock (0 for quantities that cannot be negative), where the integrators hold it. */
  readonly floor: Float64Array;
  /** Upper bound of each stock (1 for a share; Infinity for none). */
  readonly ceiling: Float64Array;
  derivative(k: number, y: Float64Array, dydt: Float64Array, out: Float64Array, at: number): void;
}

/** Integrator scratch, allocated once per run (or reused across runs) so steps allocate nothing. */
export interface Workspace {
  y: Float64Array;
  dydt: Float64Array;
  k1: Float64Array;
  k2: Float64Array;
  k3: Float64Array;
  yTemp: Float64Array;
  /** Outputs at RK4's inner stages, which are not reported. */
  outTemp: Float64Array;
}

/** Allocates a workspace for `system`. */
export function createWorkspace(system: System): Workspace {
  const n = system.size;
  return {
    y: new Float64Array(n),
    dydt: new Float64Array(n),
    k1: new Float64Array(n),
    k2: new Float64Array(n),
    k3: new Float64Array(n),
    yTemp: new Float64Array(n),
    outTemp: new Float64Array(system.outputs)
  };
}

/**
 * One output's series out of a step-major result, into `into` (length: save points).
 *
 * @example outputSeries(result, 56, 3, new Float64Array(157)) // the fourth output at every step
 */
export function outputSeries(result: Float64Array, outputs: number, o: number, into: Float64Array): Float64Array {
  for (let i = 0, j = o; i < into.length; i++, j += outputs) into[i] = result[j];
  return into;
}
