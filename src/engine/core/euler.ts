import type {Grid} from "./grid.js";
import {record, type System, type Workspace} from "./system.js";

/**
 * Forward Euler: y(t + dt) = y(t) + dt * f(t, y). Outputs are observed at each save point, so
 * for every stock, stock[i + 1] = stock[i] + dt * (inflow[i] - outflow[i]) holds exactly.
 *
 * Cost: one derivative evaluation per step.
 *
 * @param system the model
 * @param grid the time grid
 * @param initial stocks at grid.start (copied, not modified)
 * @param result step-major outputs (`result[i * outputs + o]`), length (grid.steps + 1) * system.outputs
 * @param work scratch from createWorkspace(system)
 */
export function euler(system: System, grid: Grid, initial: Float64Array, result: Float64Array, work: Workspace): void {
  const {y, dydt, out} = work;
  const dt = grid.dt;
  const n = system.size;
  y.set(initial);
  for (let i = 0; i < grid.steps; i++) {
    system.derivative(2 * i, y, dydt, out);
    record(out, result, i);
    for (let s = 0; s < n; s++) y[s] += dt * dydt[s];
  }
  system.derivative(2 * grid.steps, y, dydt, out);
  record(out, result, grid.steps);
}
