import type {Grid} from "./grid.js";
import type {System, Workspace} from "./system.js";

/**
 * Forward Euler: y(t + dt) = y(t) + dt * f(t, y), held within each stock's bounds (system.floor,
 * system.ceiling). Outputs are observed at each save point, so for every stock, stock[i + 1] =
 * stock[i] + dt * (inflow[i] - outflow[i]) holds exactly wherever the bounds do not bind.
 *
 * Cost: one derivative evaluation per step.
 *
 * @param system the model, bound to `evaluationTimes(grid, "euler")` (save point i is instant i)
 * @param grid the time grid
 * @param initial stocks at grid.start (copied, not modified)
 * @param result step-major outputs (`result[i * outputs + o]`), length (grid.steps + 1) * system.outputs
 * @param work scratch from createWorkspace(system)
 */
export function euler(system: System, grid: Grid, initial: Float64Array, result: Float64Array, work: Workspace): void {
  const {y, dydt} = work;
  const dt = grid.dt;
  const n = system.size;
  const width = system.outputs;
  const {floor, ceiling} = system;
  y.set(initial);
  for (let i = 0; i < grid.steps; i++) {
    system.derivative(i, y, dydt, result, i * width);
    // A step longer than a stock's time constant would overshoot its bounds (a price delay shorter
    // than a month, a share past 1): the integrator holds each stock within them.
    for (let s = 0; s < n; s++) y[s] = Math.min(ceiling[s], Math.max(floor[s], y[s] + dt * dydt[s]));
  }
  system.derivative(grid.steps, y, dydt, result, grid.steps * width);
}
