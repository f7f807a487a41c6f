// DNSimple's token endpoint refused a code exchange, with the reason it documents.
import { OAuthError } from "@provider-clients/auth";

/**
 * The error codes DNSimple's token endpoint documents: `invalid_grant` and `invalid_request`
 * come with HTTP 400 (bad, used or expired code; client, redirect URI or state not matching the
 * authorization; unsupported grant type), `invalid_client` with HTTP 401 (wrong client secret).
 */
export type DnsimpleTokenErrorCode = "invalid_grant" | "invalid_request" | "invalid_client";

const KNOWN: readonly string[] = ["invalid_grant", "invalid_request", "invalid_client"];

/** A rejected code exchange; `reason` is the documented error code, or `unexpected`. */
export class DnsimpleOAuthError extends OAuthError {
  override name = "DnsimpleOAuthError";
  readonly reason: DnsimpleTokenErrorCode | "unexpected";

  constructor(source: OAuthError) {
    super({
      status: source.status,
      error: source.error,
      errorDescription: source.errorDescription,
      method: source.method,
      url: source.url,
      response: source.response,
      cause: source,
    });
    this.reason = KNOWN.includes(source.error ?? "")
      ? (source.error as DnsimpleTokenErrorCode)
      : "unexpected";
  }
}
