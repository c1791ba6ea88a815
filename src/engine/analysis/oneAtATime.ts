/** Effect of moving one input to its low and high values, others at base. */
export interface OneAtATimeEffect {
  /** Index of the input in the base point. */
  readonly dimension: number;
  /** f(base with input `dimension` set to its low value). */
  readonly low: number;
  /** f(base with input `dimension` set to its high value). */
  readonly high: number;
  /** |high − low|, the bar length in a tornado chart. */
  readonly swing: number;
}

/**
 * **[One-at-a-time sensitivity](https://en.wikipedia.org/wiki/Tornado_diagram)**
 * (tornado diagram data): evaluates f with each input in turn set to its low
 * and high value, all others held at the base point, and returns the effects
 * sorted by swing, largest first (ties keep input order; NaN swings last).
 * Local and blind to interactions: complement with `sobolIndices`. The base
 * output (the tornado's axis) is `f(base)`, not evaluated here.
 *
 * `f` receives one reused Float64Array: it must not keep or modify it.
 *
 * Cost: 2·k evaluations of f; allocates one Float64Array(k) and the result.
 *
 * @param {(values: Float64Array) => number} f model output as a function of the inputs
 * @param {ArrayLike<number>} base base point, k >= 1 finite values
 * @param {ArrayLike<number>} low per-input low values, length k, finite
 * @param {ArrayLike<number>} high per-input high values, length k, finite
 * @returns {OneAtATimeEffect[]} k effects sorted by swing, descending
 * @throws {RangeError} if base is empty
 * @throws {RangeError} if low or high has a length other than base.length
 * @throws {RangeError} if a value of base, low or high is not finite (names the index)
 * @example
 * oneAtATime((x) => 2 * x[0] - 5 * x[1], [0, 0], [-1, -1], [1, 1]);
 * // => [{dimension: 1, low: 5, high: -5, swing: 10}, {dimension: 0, low: -2, high: 2, swing: 4}]
 */
export function oneAtATime(f: (values: Float64Array) => number, base: ArrayLike<number>, low: ArrayLike<number>, high: ArrayLike<number>): OneAtATimeEffect[] {
  const k = base.length;
  if (k < 1) throw new RangeError("oneAtATime: base must have length >= 1, got 0");
  if (low.length !== k) throw new RangeError(`oneAtATime: low must have length ${k} (base.length), got ${low.length}`);
  if (high.length !== k) throw new RangeError(`oneAtATime: high must have length ${k} (base.length), got ${high.length}`);
  for (const [label, values] of [
    ["base", base],
    ["low", low],
    ["high", high]
  ] as const) {
    for (let d = 0; d < k; d++) {
      if (!Number.isFinite(values[d]!)) {
        throw new RangeError(`oneAtATime: ${label}[${d}] must be a finite number, got ${values[d]}`);
      }
    }
  }
  const x = Float64Array.from(base);
  const effects: OneAtATimeEffect[] = [];
  for (let d = 0; d < k; d++) {
    x[d] = low[d]!;
    const fLow = f(x);
    x.set(base); // restore fully, in case f touched the array anyway
    x[d] = high[d]!;
    const fHigh = f(x);
    x.set(base);
    effects.push({dimension: d, low: fLow, high: fHigh, swing: Math.abs(fHigh - fLow)});
  }
  return effects.sort((p, q) => {
    const a = Number.isNaN(p.swing) ? -Infinity : p.swing;
    const b = Number.isNaN(q.swing) ? -Infinity : q.swing;
    return b - a || p.dimension - q.dimension;
  });
}
