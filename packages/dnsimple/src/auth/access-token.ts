// A DNSimple access token (account or user token, or one from the OAuth flow) sent as a bearer token.
import { bearerAuth, type Secret, type StaticAuth } from "@provider-clients/auth";

/** Anything that carries an access token, such as the result of `exchangeCode`. */
export interface HasAccessToken {
  accessToken: string;
}

/**
 * Static `Authorization: Bearer <token>` auth. DNSimple tokens do not expire and have no refresh,
 * so the token is used as-is until it is revoked in the dashboard.
 */
export function accessToken(token: Secret | HasAccessToken): StaticAuth {
  const secret = typeof token === "object" ? token.accessToken : token;
  return bearerAuth({ provider: "dnsimple", token: secret, schemes: ["bearerAuth"] });
}
