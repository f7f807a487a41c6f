// Dynu's OAuth2 client-credentials grant: GET /oauth2/token with HTTP Basic, 8-hour bearer tokens.
import {
  type GrantContext,
  type ManagedAuth,
  managedAuth,
  requestToken,
  resolveSecret,
  type Secret,
  type TokenSet,
  tokenSetFromOAuth,
} from "@provider-clients/auth";
import { dynuProvider, dynuSchemes, dynuTokenPath } from "../provider.js";

/** Options for `dynuAuth.clientCredentials`. */
export interface DynuClientCredentialsOptions {
  /** The OAuth2 client id from the Dynu control panel; also tells stored tokens apart. */
  clientId: string;
  /** The OAuth2 client secret (string or async getter); only ever sent in the Basic header. */
  clientSecret: Secret;
  /** Token endpoint, absolute or relative to the client's base URL; defaults to `/oauth2/token`. */
  tokenUrl?: string | undefined;
}

/**
 * A managed session that obtains tokens with the client-credentials grant. Dynu issues no refresh
 * token, so the engine re-runs this grant before expiry; Dynu has no revoke endpoint, so revoking
 * only forgets the tokens.
 */
export function dynuClientCredentials(options: DynuClientCredentialsOptions): ManagedAuth {
  const { clientId, clientSecret } = options;
  if (typeof clientId !== "string" || clientId.length === 0) {
    throw new TypeError("dynuAuth.clientCredentials needs a non-empty clientId");
  }
  const tokenUrl = options.tokenUrl ?? dynuTokenPath;
  return managedAuth({
    kind: "managed",
    provider: dynuProvider,
    account: clientId,
    schemes: dynuSchemes.oauth2,
    async obtain(ctx: GrantContext): Promise<TokenSet> {
      const secret = await resolveSecret(clientSecret, "dynu client secret");
      return requestToken({
        ctx,
        method: "GET",
        url: tokenUrl,
        headers: {
          authorization: basicAuthorization(clientId, secret),
          accept: "application/json",
        },
        parse: (body) => tokenSetFromOAuth(body, ctx.clock),
      });
    },
  });
}

/** `Basic base64(id:secret)`, the way Dynu's token endpoint reads client credentials. */
function basicAuthorization(clientId: string, clientSecret: string): string {
  // UTF-8 bytes through btoa, so the client also runs outside Node (no Buffer).
  const bytes = new TextEncoder().encode(`${clientId}:${clientSecret}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
