// Refuses a query-key secret with control characters: a pasted line break or NUL is a mistake, not a key.
import { ProviderClientError } from "../errors/provider-client-error.js";

/** Returns `value` when it has no C0 control character or DEL; else throws `invalid_secret` naming `what`, never the value. */
export function checkQueryValue(value: string, what: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      throw new ProviderClientError(
        `${what} contains CR, LF, NUL or another control character; not sent`,
        { code: "invalid_secret" },
      );
    }
  }
  return value;
}
