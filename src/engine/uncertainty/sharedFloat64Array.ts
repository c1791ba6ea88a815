/**
 * A zeroed Float64Array over a SharedArrayBuffer where the platform provides one (Node; a
 * cross-origin-isolated page), else over an ArrayBuffer: what a batch's design and results are
 * written into, so that worker threads read and write them without a copy.
 * Cost: O(length), lazily (the pages are mapped as they are first written).
 *
 * @param length number of values
 * @returns the array; `array.buffer instanceof SharedArrayBuffer` tells which kind it is
 * @example sharedFloat64Array(3) // Float64Array [0, 0, 0] over shared memory in Node
 */
export function sharedFloat64Array(length: number): Float64Array {
  const bytes = length * Float64Array.BYTES_PER_ELEMENT;
  return new Float64Array(typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}
