// AdGuard DNS's auth wire format for the kit: form grants with mfa_token, its 401 body, revoke by query.
import type { FakeAuthConfig, KitReply, TokenRefusal } from "@provider-clients/auth/testing";
import {
  adguardDnsAuthorizePath,
  adguardDnsMfaErrorCode,
  adguardDnsRevokePath,
  adguardDnsTokenPath,
} from "../provider.js";
import { errorResponse } from "./fake-errors.js";

/** `Authorization: ApiKey <key>`, bearer tokens (30 days, rotating refresh tokens), oauth_token, revoke_token, oauth_authorize. */
export const adguardDnsAuthConfig: FakeAuthConfig = {
  apiKey: { header: "authorization", prefix: "ApiKey " },
  bearer: true,
  policy: { accessTokenTtlSeconds: 30 * 24 * 60 * 60, rotateRefreshTokens: true },
  tokenEndpoints: [
    // The kit's RFC 6749 reading (form fields, `mfa_token` included) and token JSON are AdGuard DNS's.
    {
      method: "POST",
      path: adguardDnsTokenPath,
      grants: ["password", "refresh_token", "authorization_code"],
      refuse,
    },
    // The refresh token comes as a query parameter; the answer is 200 whether it was known or not.
    {
      method: "POST",
      path: adguardDnsRevokePath,
      grants: ["revoke"],
      read: (request) => ({ grant: "revoke", token: request.query.refresh_token as string }),
      revoked: () => ({ status: 200 }),
    },
  ],
  authorize: { path: adguardDnsAuthorizePath, responseTypes: ["code", "token"], requirePkce: true },
};

// A malformed request is the vendor's 400 ErrorResponse; every refused credential a 401 `unauthorized`.
function refuse(refusal: TokenRefusal): KitReply {
  const headers = { "cache-control": "no-store" };
  if (refusal.error === "invalid_request" || refusal.error === "unsupported_grant_type") {
    const code = refusal.error === "invalid_request" ? "FIELD_REQUIRED" : "FIELD_WRONG_VALUE";
    return { status: 400, headers, body: errorResponse([], code, refusal.description) };
  }
  // A missing and a wrong one-time code get the same answer from AdGuard DNS.
  const secondFactor = refusal.error === "mfa_required" || refusal.wrongMfaCode === true;
  const mfa = secondFactor ? { error_code: adguardDnsMfaErrorCode } : {};
  return {
    status: 401,
    headers,
    body: { error: "unauthorized", error_description: refusal.description, ...mfa },
  };
}
