// The password grant (with an optional second factor), refreshed and revoked by the session.
import { type ManagedAuth, managedAuth, resolveSecret, type Secret } from "@provider-clients/auth";
import { adguardDnsProvider, adguardDnsSchemes } from "../provider.js";
import { refreshGrant } from "./refresh-grant.js";
import { revokeRefreshToken } from "./revoke-refresh-token.js";
import { callTokenEndpoint } from "./token-endpoint.js";

/** Options for `adguardDnsAuth.password`. */
export interface PasswordAuthOptions {
  /** The account e-mail; also the store key's account part. */
  username: string;
  password: Secret;
  /**
   * The current two-factor code, for accounts with 2FA on. A function is asked each time the
   * session logs in again, so it can prompt the user for a fresh code.
   */
  mfaToken?: Secret | undefined;
}

/** A managed session that logs in with `grant_type=password` and refreshes with the refresh token. */
export function password(options: PasswordAuthOptions): ManagedAuth {
  const { username, mfaToken } = options;
  const secret = options.password;
  if (typeof username !== "string" || username.length === 0) {
    throw new TypeError("adguardDnsAuth.password needs a non-empty username");
  }
  return managedAuth({
    kind: "managed",
    provider: adguardDnsProvider,
    account: username,
    schemes: adguardDnsSchemes.bearer,
    async obtain(ctx) {
      const form = new URLSearchParams({
        grant_type: "password",
        username,
        password: await resolveSecret(secret, "AdGuard DNS password"),
      });
      if (mfaToken !== undefined) {
        form.set("mfa_token", await resolveSecret(mfaToken, "AdGuard DNS MFA token"));
      }
      return callTokenEndpoint(ctx, form);
    },
    refresh: refreshGrant,
    revoke: revokeRefreshToken,
  });
}
