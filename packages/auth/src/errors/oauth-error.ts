// A token endpoint answered with a 4xx (an OAuth error body when the server sent one).
import { ProviderClientError, type ProviderClientErrorOptions } from "./provider-client-error.js";

/** The token endpoint rejected the request (4xx other than 429); never retried. */
export class OAuthError extends ProviderClientError {
  constructor(options: Omit<ProviderClientErrorOptions, "code"> & { code?: string }) {
    const label = options.error ?? `HTTP ${options.status ?? "error"}`;
    const detail = options.errorDescription ? ` (${options.errorDescription})` : "";
    super(`token endpoint rejected the request: ${label}${detail}`, {
      ...options,
      code: options.code ?? "oauth_error",
    });
  }
}
