// A token endpoint could not be reached or kept failing after the retries ran out.
import { ProviderClientError, type ProviderClientErrorOptions } from "./provider-client-error.js";

/** Network errors, 5xx, 429 or an unreadable token response, after bounded retries. */
export class TokenRequestError extends ProviderClientError {
  /** How many requests were made before giving up. */
  readonly attempts: number;

  constructor(
    summary: string,
    options: Omit<ProviderClientErrorOptions, "code"> & { code?: string; attempts: number },
  ) {
    super(summary, { ...options, code: options.code ?? "token_request_failed" });
    this.attempts = options.attempts;
  }
}
