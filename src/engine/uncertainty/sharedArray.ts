/**
 * A zeroed typed array over a SharedArrayBuffer where the platform provides one (Node; a
 * cross-origin-isolated page), else over an ArrayBuffer: what a batch's design (Float32Array) and
 * results (Float64Array) are written into, so that worker threads read and write them without a copy.
 * Cost: O(length), lazily (the pages are mapped as they are first written).
 *
 * @param type Float32Array or Float64Array
 * @param length number of values
 * @returns the array; `array.buffer instanceof SharedArrayBuffer` tells which kind it is
 * @example sharedArray(Float64Array, 3) // Float64Array [0, 0, 0] over shared memory in Node
 */
export function sharedArray<T extends Float32Array | Float64Array>(type: {new (buffer: ArrayBufferLike): T; readonly BYTES_PER_ELEMENT: number}, length: number): T {
  const bytes = length * type.BYTES_PER_ELEMENT;
  return new type(typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}
