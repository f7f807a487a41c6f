// Random bytes from Web Crypto, available in Node 20 and browsers alike (no node:crypto).

/** `length` bytes from the platform CSPRNG. */
export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
