// The token endpoint asked for a second factor: the caller retries with `mfaToken`.
import { OAuthError } from "@provider-clients/auth";

/** What the token endpoint said when it asked for a second factor. */
export interface MfaRequiredErrorOptions {
  method: string;
  url: string;
  status: number | undefined;
  error: string | undefined;
  errorDescription: string | undefined;
  /** The vendor's `error_code` (`2fa_required`). */
  errorCode: string;
  /** True when an MFA token was sent and the server still asked for one (wrong or expired code). */
  mfaTokenRejected: boolean;
  cause: unknown;
}

/**
 * The account has two-factor authentication on: call `adguardDnsAuth.password` again with
 * `mfaToken`. A subclass of OAuthError with code `mfa_required`.
 */
export class MfaRequiredError extends OAuthError {
  override name = "MfaRequiredError";
  /** The vendor's `error_code`, e.g. `2fa_required`. */
  readonly errorCode: string;
  /** True when the request carried an MFA token that the server did not accept. */
  readonly mfaTokenRejected: boolean;

  constructor(options: MfaRequiredErrorOptions) {
    super({
      code: "mfa_required",
      method: options.method,
      url: options.url,
      status: options.status,
      error: options.error,
      errorDescription: options.errorDescription,
      cause: options.cause,
    });
    this.errorCode = options.errorCode;
    this.mfaTokenRejected = options.mfaTokenRejected;
  }
}
