// A DNSimple access token (account or user token, or one from the OAuth flow) sent as a bearer token.
import type { Secret, StaticAuth } from "@provider-clients/auth";
import { dnsimpleAccessToken } from "../generated/static-credentials.js";

/** Anything that carries an access token, such as the result of `exchangeCode`. */
export interface HasAccessToken {
  accessToken: string;
}

/**
 * Static `Authorization: Bearer <token>` auth (written by the generator from specs/dnsimple/source.json;
 * this adds taking `exchangeCode`'s result). DNSimple tokens do not expire and have no refresh, so the
 * token is used as-is until it is revoked in the dashboard.
 */
export function accessToken(token: Secret | HasAccessToken): StaticAuth {
  return dnsimpleAccessToken(typeof token === "object" ? token.accessToken : token);
}
