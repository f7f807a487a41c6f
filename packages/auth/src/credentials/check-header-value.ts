// Refuses a credential that can't travel in an HTTP header, before fetch echoes it in its TypeError.
import { ProviderClientError } from "../errors/provider-client-error.js";

// Field values are visible ASCII, space, tab and obs-text (RFC 9110 5.5); CR, LF and NUL split or end them.
const invalid = /[\u0000-\u0008\u000a-\u001f\u007f\u0100-\uffff]/;

/** Returns `value` when it is a valid header value; else throws `invalid_secret` naming `what`, never the value. */
export function checkHeaderValue(value: string, what: string): string {
  if (invalid.test(value)) {
    throw new ProviderClientError(
      `${what} contains CR, LF, NUL or another character not allowed in an HTTP header; not sent`,
      { code: "invalid_secret" },
    );
  }
  return value;
}
