/**
 * into[k] = f(k) at every instant, calling f only where one of `inputs` differs from the instant
 * before: lever schedules are mostly piecewise constant, and f may cost a log or a power.
 *
 * @param into the curve (overwritten)
 * @param inputs the series f reads, each as long as `into`
 * @param f the value at instant k
 * @returns into
 * @example
 * const x = Float64Array.of(1, 1, 4);
 * fillOnChange(new Float64Array(3), [x], (k) => Math.sqrt(x[k])) // [1, 1, 2], with two calls
 */
export function fillOnChange(into: Float64Array, inputs: readonly Float64Array[], f: (k: number) => number): Float64Array {
  let value = 0;
  for (let k = 0; k < into.length; k++) {
    let changed = k === 0;
    for (let i = 0; i < inputs.length && !changed; i++) changed = inputs[i][k] !== inputs[i][k - 1];
    if (changed) value = f(k);
    into[k] = value;
  }
  return into;
}
