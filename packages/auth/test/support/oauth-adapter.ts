// A ManagedAuth built the way provider packages build theirs: requestToken + tokenSetFromOAuth.
import { resolveSecret } from "../../src/credentials/resolve-secret.js";
import { requestToken } from "../../src/token/request-token.js";
import { tokenSetFromOAuth } from "../../src/token/token-set-from-oauth.js";
import type { ManagedAuth, Secret, TokenSet } from "../../src/types.js";

export interface TestAdapterOptions {
  /** Include the password grant (default true). */
  obtain?: boolean;
  /** Include refresh (default true). */
  refresh?: boolean;
  /** Include revoke (default false). */
  revoke?: boolean;
  clientSecret?: Secret;
  password?: Secret;
  initial?: Partial<TokenSet>;
  account?: string;
}

/** Password grant + refresh + optional revoke against the fake token server's paths. */
export function oauthAdapter(options: TestAdapterOptions = {}): ManagedAuth {
  const clientSecret = options.clientSecret ?? "s3cret-client";
  const password = options.password ?? "hunter2-password";
  const adapter: ManagedAuth = {
    kind: "managed",
    provider: "fake",
    account: options.account ?? "alice",
    schemes: ["oauth"],
    initial: options.initial,
  };
  if (options.obtain ?? true) {
    adapter.obtain = async (ctx) =>
      requestToken({
        ctx,
        url: "/oauth/token",
        body: new URLSearchParams({
          grant_type: "password",
          username: "alice",
          password: await resolveSecret(password),
          client_id: "client-1",
          client_secret: await resolveSecret(clientSecret),
        }),
        parse: (body) => tokenSetFromOAuth(body, ctx.clock),
      });
  }
  if (options.refresh ?? true) {
    adapter.refresh = async (ctx, refreshToken) =>
      requestToken({
        ctx,
        url: "/oauth/token",
        body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
        parse: (body) => tokenSetFromOAuth(body, ctx.clock),
      });
  }
  if (options.revoke) {
    adapter.revoke = async (ctx, tokens) => {
      await requestToken({
        ctx,
        url: "/oauth/revoke",
        body: new URLSearchParams({ token: tokens.refreshToken ?? tokens.accessToken }),
        parse: () => undefined,
      });
    };
  }
  return adapter;
}
