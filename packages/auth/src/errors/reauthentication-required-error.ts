// No way left to get a token without the user: no primary grant and no usable refresh token.
import { ProviderClientError } from "./provider-client-error.js";

/** The refresh token is missing, expired or rejected and no primary grant is configured. */
export class ReauthenticationRequiredError extends ProviderClientError {
  override name = "ReauthenticationRequiredError";
  readonly provider: string;

  constructor(provider: string, reason: string, cause?: unknown) {
    super(`${provider}: re-authentication required (${reason})`, {
      code: "reauthentication_required",
      cause,
    });
    this.provider = provider;
  }
}
