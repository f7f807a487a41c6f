// A token endpoint could not be reached or kept failing after the retries ran out.
import type { ProviderClientErrorCode } from "./error-codes.js";
import { ProviderClientError, type ProviderClientErrorOptions } from "./provider-client-error.js";

/** Network errors, 5xx, 429 or an unreadable token response, after bounded retries. */
export class TokenRequestError extends ProviderClientError {
  override name = "TokenRequestError";
  /** How many requests were made before giving up. */
  readonly attempts: number;

  constructor(
    summary: string,
    options: Omit<ProviderClientErrorOptions, "code"> & {
      code?: ProviderClientErrorCode;
      attempts: number;
    },
  ) {
    super(summary, { ...options, code: options.code ?? "token_request_failed" });
    this.attempts = options.attempts;
  }
}
