import type {Grid} from "./grid.js";
import type {System, Workspace} from "./system.js";

/**
 * Classical fourth-order Runge-Kutta with Euler's derivative, so both methods run the same model;
 * stages and steps are held within each stock's bounds (system.floor, system.ceiling).
 * Outputs at save point i are observed at the state y(t_i) (the first stage), like Euler's.
 *
 * Cost: four derivative evaluations per step.
 *
 * @param system the model, bound to `evaluationTimes(grid, "rk4")` (half steps: save point i is instant 2i)
 * @param grid the time grid
 * @param initial stocks at grid.start (copied, not modified)
 * @param result step-major outputs (`result[i * outputs + o]`), length (grid.steps + 1) * system.outputs
 * @param work scratch from createWorkspace(system)
 */
export function rk4(system: System, grid: Grid, initial: Float64Array, result: Float64Array, work: Workspace): void {
  const {y, dydt: k4, k1, k2, k3, yTemp, outTemp} = work;
  const dt = grid.dt;
  const half = dt / 2;
  const n = system.size;
  const width = system.outputs;
  const {floor, ceiling} = system;
  y.set(initial);
  // Stages and steps are held within each stock's bounds: on a coarse step a stage can overshoot a
  // fast outflow below zero, where the model's powers and logs are undefined, or a share past 1.
  for (let i = 0; i < grid.steps; i++) {
    const k = 2 * i;
    system.derivative(k, y, k1, result, i * width);
    for (let s = 0; s < n; s++) yTemp[s] = Math.min(ceiling[s], Math.max(floor[s], y[s] + half * k1[s]));
    system.derivative(k + 1, yTemp, k2, outTemp, 0);
    for (let s = 0; s < n; s++) yTemp[s] = Math.min(ceiling[s], Math.max(floor[s], y[s] + half * k2[s]));
    system.derivative(k + 1, yTemp, k3, outTemp, 0);
    for (let s = 0; s < n; s++) yTemp[s] = Math.min(ceiling[s], Math.max(floor[s], y[s] + dt * k3[s]));
    system.derivative(k + 2, yTemp, k4, outTemp, 0);
    for (let s = 0; s < n; s++) y[s] = Math.min(ceiling[s], Math.max(floor[s], y[s] + (dt / 6) * (k1[s] + 2 * k2[s] + 2 * k3[s] + k4[s])));
  }
  system.derivative(2 * grid.steps, y, k1, result, grid.steps * width);
}
