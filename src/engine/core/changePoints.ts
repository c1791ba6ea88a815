/**
 * The instants where a piecewise-constant curve of `inputs` may change: 0 and every k where one
 * of them differs from k - 1. A curve of levers is then computed once per segment, not once per
 * instant (schedules are mostly flat).
 *
 * @param inputs series of equal length
 * @param length their length (the answer for no inputs is [0])
 * @returns increasing segment starts, the first 0
 * @example changePoints([Float64Array.of(1, 1, 4, 4)], 4) // [0, 2]
 */
export function changePoints(inputs: readonly Float64Array[], length: number): Int32Array {
  const starts = [0];
  for (let k = 1; k < length; k++) {
    for (let i = 0; i < inputs.length; i++) {
      if (inputs[i][k] !== inputs[i][k - 1]) {
        starts.push(k);
        break;
      }
    }
  }
  return Int32Array.from(starts);
}
