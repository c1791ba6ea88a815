/**
 * A 53-bit hash of a string (cyrb53: two multiplicative 32-bit lanes), as 14 hex digits: enough
 * to tell a stored artefact from one built from other inputs, not a cryptographic digest.
 *
 * @param text any string
 * @returns 14 lowercase hex digits
 * @example hashText("shapan") // "18222483a038cc" (stable across runs and platforms)
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
