/**
 * Piecewise-linear interpolation through `[x, y]` points sorted by x, flat outside them
 * (a lever's value before its first point is the first point's value), never outside the two
 * points it lies between.
 *
 * Cost: O(points) per call; sample onto a grid once rather than calling it in a loop.
 *
 * @param points [x, y] pairs with strictly increasing x, at least one
 * @param x where to evaluate
 * @returns the interpolated value
 * @example interpolate([[2023, 0], [2025, 1]], 2024) // 0.5
 */
export function interpolate(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  const n = points.length;
  if (x <= points[0][0]) return points[0][1];
  if (x >= points[n - 1][0]) return points[n - 1][1];
  let i = 1;
  while (points[i][0] < x) i++;
  const [x0, y0] = points[i - 1];
  const [x1, y1] = points[i];
  // Held between its two points: rounding (of subnormal values above all) can otherwise step
  // outside them, e.g. below a lever's minimum of 0.
  return Math.min(Math.max(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0), Math.min(y0, y1)), Math.max(y0, y1));
}
