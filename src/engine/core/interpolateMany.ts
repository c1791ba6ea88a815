/**
 * interpolate() at many increasing x at once, in one sweep through the points: O(points + xs)
 * where calling interpolate for each x costs O(points · xs).
 *
 * @param points [x, y] pairs with strictly increasing x, at least one
 * @param xs increasing values to evaluate at
 * @param into the results, length xs.length
 * @returns into
 * @example interpolateMany([[2023, 0], [2025, 1]], Float64Array.of(2022, 2024, 2026), new Float64Array(3)) // [0, 0.5, 1]
 */
export function interpolateMany(points: ReadonlyArray<readonly [number, number]>, xs: ArrayLike<number>, into: Float64Array): Float64Array {
  const last = points.length - 1;
  let i = 0;
  for (let j = 0; j < xs.length; j++) {
    const x = xs[j];
    while (i < last && points[i + 1][0] < x) i++;
    if (x <= points[0][0]) into[j] = points[0][1];
    else if (x >= points[last][0]) into[j] = points[last][1];
    else {
      const [x0, y0] = points[i];
      const [x1, y1] = points[i + 1];
      // Held between its two points, as interpolate() is.
      into[j] = Math.min(Math.max(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0), Math.min(y0, y1)), Math.max(y0, y1));
    }
  }
  return into;
}
