/**
 * A stock-and-flow system as the integrators see it: `size` stocks and `outputs` observed values.
 * `derivative` writes dy/dt and every output for the state `y` at half-step index `k`
 * (k = 2i at save point i, 2i + 1 at the midpoint); it must not allocate.
 */
export interface System {
  readonly size: number;
  readonly outputs: number;
  derivative(k: number, y: Float64Array, dydt: Float64Array, out: Float64Array): void;
}

/** Integrator scratch, allocated once per run (or reused across runs) so steps allocate nothing. */
export interface Workspace {
  y: Float64Array;
  dydt: Float64Array;
  out: Float64Array;
  k1: Float64Array;
  k2: Float64Array;
  k3: Float64Array;
  yTemp: Float64Array;
  outTemp: Float64Array;
}

/** Allocates a workspace for `system`. */
export function createWorkspace(system: System): Workspace {
  const n = system.size;
  return {
    y: new Float64Array(n),
    dydt: new Float64Array(n),
    out: new Float64Array(system.outputs),
    k1: new Float64Array(n),
    k2: new Float64Array(n),
    k3: new Float64Array(n),
    yTemp: new Float64Array(n),
    outTemp: new Float64Array(system.outputs)
  };
}

/**
 * Copies the observed outputs at save point `i` into the step-major result
 * (`result[i * outputs + o]`): one contiguous copy per step, where a variable-major layout's
 * strided stores cost a fifth of the run. Readers take the columns they need afterwards.
 */
export function record(out: Float64Array, result: Float64Array, i: number): void {
  result.set(out, i * out.length);
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
