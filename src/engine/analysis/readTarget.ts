import type {TargetSpec} from "../declarations.js";
import type {Projection} from "../simulate.js";

/**
 * The model's value for a target: the output at an instant (linear between save points), its
 * annual aggregate for a year, or its mean over the save points in [from, to).
 *
 * @throws Error if the projection does not cover the target's time or lacks the output
 * @example readTarget(projection, {output: "market_bn_rmb", year: 2023, ...}) // about 5
 */
export function readTarget(projection: Projection, target: TargetSpec): number {
  const series = projection.series[target.output];
  if (!series) throw new Error(`target ${target.fact}: no output ${target.output}`);
  const {time} = projection;
  if (target.year !== undefined) {
    const i = target.year - projection.annual.years[0];
    const value = projection.annual.series[target.output][i];
    if (value === undefined) throw new Error(`target ${target.fact}: year ${target.year} is outside the projection`);
    return value;
  }
  if (target.mean !== undefined) {
    const [from, to] = target.mean;
    let total = 0;
    let count = 0;
    for (let i = 0; i < time.length; i++) {
      if (time[i] >= from - 1e-9 && time[i] < to - 1e-9) {
        total += series[i];
        count++;
      }
    }
    if (count === 0) throw new Error(`target ${target.fact}: [${from}, ${to}) is outside the projection`);
    return total / count;
  }
  const at = target.at!;
  const dt = time[1] - time[0];
  const position = (at - time[0]) / dt;
  const i = Math.floor(position);
  if (i < 0 || i >= time.length - 1) throw new Error(`target ${target.fact}: t = ${at} is outside the projection`);
  const w = position - i;
  return series[i] * (1 - w) + series[i + 1] * w;
}
