/**
 * **Saltelli design** for variance-based sensitivity analysis: stacks the
 * base matrices A and B and the k "radial" matrices AB_i (A with column i
 * taken from B) into one row-major (k + 2)·N × k matrix, in the order
 * [A; B; AB_1; …; AB_k] (Saltelli et al. 2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity
 * index", Comput. Phys. Commun. 181, https://doi.org/10.1016/j.cpc.2009.09.018).
 *
 * Evaluate the model on every row (row r = values `r·k … r·k + k − 1`),
 * store output r at index r, and pass that output vector to `sobolIndices`.
 * A and B must be independent designs on the same space, typically two halves
 * of `latinHypercube(N, 2k, random)` (columns 0..k−1 and k..2k−1), mapped to
 * parameter space afterwards (or before: the construction only copies values).
 *
 * Cost: O((k + 2)·N·k) time and memory — 8·(k + 2)·N·k bytes, e.g. 22 MB for
 * N = 8192, k = 20. Pass `out` to reuse a buffer across calls.
 *
 * @param {Float64Array} a matrix A, N × k row-major
 * @param {Float64Array} b matrix B, N × k row-major, same size as A
 * @param {number} dimensions number of columns k, integer >= 1
 * @param {Float64Array} [out] optional destination of length (k + 2)·N·k
 * @returns {Float64Array} the design, (k + 2)·N rows × k columns (`out` if given)
 * @throws {RangeError} if dimensions is not an integer >= 1
 * @throws {RangeError} if a.length is not a positive multiple of dimensions
 * @throws {RangeError} if b.length differs from a.length
 * @throws {RangeError} if out is given with length other than (k + 2)·N·k
 * @example
 * // N = 1, k = 2: A = [1, 2], B = [3, 4]
 * saltelliSample(new Float64Array([1, 2]), new Float64Array([3, 4]), 2);
 * // => Float64Array [1, 2,  3, 4,  3, 2,  1, 4]   (A, B, AB_1, AB_2)
 */
export function saltelliSample(a: Float64Array, b: Float64Array, dimensions: number, out?: Float64Array): Float64Array {
  const k = dimensions;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`saltelliSample: dimensions must be an integer >= 1, got ${dimensions}`);
  }
  if (a.length === 0 || a.length % k !== 0) {
    throw new RangeError(`saltelliSample: a.length must be a positive multiple of dimensions (${k}), got ${a.length}`);
  }
  if (b.length !== a.length) {
    throw new RangeError(`saltelliSample: b.length must equal a.length (${a.length}), got ${b.length}`);
  }
  const block = a.length; // N·k
  const size = (k + 2) * block;
  if (out !== undefined && out.length !== size) {
    throw new RangeError(`saltelliSample: out.length must be (dimensions + 2)·a.length = ${size}, got ${out.length}`);
  }
  const design = out ?? new Float64Array(size);
  design.set(a, 0);
  design.set(b, block);
  for (let i = 0; i < k; i++) {
    const offset = (2 + i) * block;
    design.set(a, offset);
    for (let r = i; r < block; r += k) design[offset + r] = b[r]!;
  }
  return design;
}
