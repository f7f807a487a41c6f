// The authorization server redirected back with an OAuth error instead of a code or token.
import { ProviderClientError } from "./provider-client-error.js";

/** Carries the redirect's `error`, `error_description` and `error_uri`. */
export class OAuthRedirectError extends ProviderClientError {
  override name = "OAuthRedirectError";
  readonly errorUri: string | undefined;

  constructor(error: string, errorDescription?: string, errorUri?: string) {
    const detail = errorDescription ? ` (${errorDescription})` : "";
    super(`authorization failed: ${error}${detail}`, {
      code: "oauth_redirect_error",
      error,
      errorDescription,
    });
    this.errorUri = errorUri;
  }
}
