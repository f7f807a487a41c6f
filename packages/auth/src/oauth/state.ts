// The OAuth `state` value that ties a redirect back to the request that started it.
import { base64url } from "./base64url.js";
import { randomBytes } from "./random-bytes.js";

/** A base64url string from `bytes` (default 32, at least 16 = 128 bits) of CSPRNG output. */
export function createState(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 16) {
    throw new RangeError("state needs at least 16 random bytes (128 bits)");
  }
  return base64url(randomBytes(bytes));
}
