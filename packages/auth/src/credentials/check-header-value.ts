// Refuses a credential that can't travel in an HTTP header, before fetch echoes it in its TypeError.
import { ProviderClientError } from "../errors/provider-client-error.js";

// Field values are visible ASCII, space, tab and obs-text (RFC 9110 5.5); CR, LF and NUL split or end them.
function invalid(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || code > 0xff) return true;
  }
  return false;
}

/** Returns `value` when it is a valid header value; else throws `invalid_secret` naming `what`, never the value. */
export function checkHeaderValue(value: string, what: string): string {
  if (invalid(value)) {
    throw new ProviderClientError(
      `${what} contains CR, LF, NUL or another character not allowed in an HTTP header; not sent`,
      { code: "invalid_secret" },
    );
  }
  return value;
}
