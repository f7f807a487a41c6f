// A token endpoint answered with a 4xx (an OAuth error body when the server sent one).
import type { ProviderClientErrorCode } from "./error-codes.js";
import { ProviderClientError, type ProviderClientErrorOptions } from "./provider-client-error.js";

/** The token endpoint rejected the request (4xx other than 429); never retried. */
export class OAuthError extends ProviderClientError {
  override name = "OAuthError";
  /** The parsed error body, kept non-enumerable so vendor fields (e.g. `error_code`) stay readable without being logged. */
  declare readonly body: unknown;

  constructor(
    options: Omit<ProviderClientErrorOptions, "code"> & {
      code?: ProviderClientErrorCode;
      body?: unknown;
    },
  ) {
    const label = options.error ?? `HTTP ${options.status ?? "error"}`;
    const detail = options.errorDescription ? ` (${options.errorDescription})` : "";
    const { body, ...rest } = options;
    super(`token endpoint rejected the request: ${label}${detail}`, {
      ...rest,
      code: options.code ?? "oauth_error",
    });
    Object.defineProperty(this, "body", { value: body, enumerable: false, configurable: true });
  }
}
