import type {Aggregation} from "../core/annualAggregate.js";
import type {Grid} from "../core/grid.js";
import type {SingleRead} from "../declarations.js";

/** A linear functional of a run: Σ weight[k] · buffer[index[k]] over a step-major output buffer. */
export interface ReadWeights {
  readonly index: Int32Array;
  readonly weight: Float64Array;
}

/**
 * **One read of one output as weights on the saved series**: the value at an instant, the mean or
 * integral over [from, to), or a calendar year's aggregate (a stock at year end, a flow's integral,
 * a level's mean), all taken from the piecewise-linear interpolant of the save points. Integrals of
 * that interpolant are the trapezoid rule, exact at partial steps, so a read converges at the
 * integrator's order (second order under RK4) and any span is defined on any grid.
 *
 * Cost: O(save points the read spans), once; evaluating the weights costs as many multiplications.
 *
 * @param read when to read: {at}, {year}, {mean: [from, to]} or {sum: [from, to]} (decimal years)
 * @param output index of the output in the run's output vector
 * @param width number of outputs (the buffer is step-major: save point i, output o at i · width + o)
 * @param grid the run's grid (save points grid.time)
 * @param annual the output's annual aggregation, for {year}
 * @returns the weights
 * @throws RangeError if the read reaches outside the grid, or a span is empty
 * @example readWeights({at: 2023.5}, 0, 1, createGrid(2023, 2023, 1), "end") // {index: [0, 1], weight: [0.5, 0.5]}
 */
export function readWeights(read: SingleRead, output: number, width: number, grid: Grid, annual: Aggregation): ReadWeights {
  const weights = new Map<number, number>();
  const add = (point: number, w: number) => {
    if (w !== 0) weights.set(point, (weights.get(point) ?? 0) + w);
  };
  const end = grid.start + grid.steps * grid.dt;
  const position = (t: number, what: string) => {
    if (!(t >= grid.start - 1e-9 && t <= end + 1e-9)) throw new RangeError(`${what} ${t} is outside the run (${grid.start} to ${end})`);
    return Math.min(grid.steps, Math.max(0, (t - grid.start) / grid.dt));
  };
  const instant = (t: number, scale: number) => {
    const p = position(t, "instant");
    const i = Math.min(Math.floor(p), grid.steps - 1);
    add(i, scale * (i + 1 - p));
    add(i + 1, scale * (p - i));
  };
  const integral = (from: number, to: number, scale: number) => {
    if (!(to > from)) throw new RangeError(`span [${from}, ${to}) is empty`);
    const a = position(from, "span start");
    const b = position(to, "span end");
    for (let k = Math.floor(a); k < b && k < grid.steps; k++) {
      // The overlap of [a, b] with segment [k, k + 1], in steps: s0, s1 in [0, 1].
      const s0 = Math.max(a, k) - k;
      const s1 = Math.min(b, k + 1) - k;
      const length = (s1 - s0) * grid.dt * scale;
      add(k, (length * (2 - s0 - s1)) / 2);
      add(k + 1, (length * (s0 + s1)) / 2);
    }
  };
  if ("at" in read) instant(read.at, 1);
  else if ("mean" in read) integral(read.mean[0], read.mean[1], 1 / (read.mean[1] - read.mean[0]));
  else if ("sum" in read) integral(read.sum[0], read.sum[1], 1);
  else if (annual === "end") instant(read.year + 1, 1);
  else integral(read.year, read.year + 1, 1);
  const points = [...weights.keys()].sort((x, y) => x - y);
  return {index: Int32Array.from(points, (i) => i * width + output), weight: Float64Array.from(points, (i) => weights.get(i)!)};
}

/**
 * Evaluates read weights on a run's buffer.
 *
 * @example applyWeights(readWeights({at: 2023.5}, 0, 1, grid, "end"), Float64Array.of(1, 3)) // 2
 */
export function applyWeights(weights: ReadWeights, buffer: Float64Array): number {
  let total = 0;
  for (let k = 0; k < weights.index.length; k++) total += weights.weight[k] * buffer[weights.index[k]];
  return total;
}

/**
 * The last instant a read touches, decimal years: a run must reach it.
 *
 * @example readEnd({year: 2024}) // 2025
 */
export function readEnd(read: SingleRead): number {
  return "at" in read ? read.at : "year" in read ? read.year + 1 : "mean" in read ? read.mean[1] : read.sum[1];
}
