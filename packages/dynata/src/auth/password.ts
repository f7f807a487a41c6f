// Dynata's password login: tokens from /auth/v1/token/password, refreshed and logged out by the engine.
import {
  type GrantContext,
  type ManagedAuth,
  managedAuth,
  ProviderClientError,
  requestToken,
  resolveSecret,
  type Secret,
  type TokenSet,
} from "@provider-clients/auth";
import { securitySchemes } from "../generated/index.js";
import { defaultClientId, dynataAuthPaths } from "./endpoints.js";
import { tokenSetFromDynata } from "./token-set-from-dynata.js";

/** Options for `dynataAuth.password`. */
export interface DynataPasswordOptions {
  /** Login name; also tells stored sessions apart, so it is not treated as a secret. */
  username: string;
  /** The user's password, or a (possibly async) function that returns it. */
  password: Secret;
  /** Application id; defaults to `"api"`, the value the public clients send. */
  clientId?: string | undefined;
}

// The token endpoints answer with a vendor media type; plain JSON is accepted as well.
const accept = { accept: "application/vnd.token+json, application/json" };

/** A managed credential that logs in with username and password and refreshes with the refresh token. */
export function passwordAuth(options: DynataPasswordOptions): ManagedAuth {
  const { username, password } = options;
  if (typeof username !== "string" || username === "") {
    throw new ProviderClientError("dynata password login needs a username", {
      code: "invalid_options",
    });
  }
  if (password === undefined || password === null || password === "") {
    throw new ProviderClientError("dynata password login needs a password", {
      code: "invalid_options",
    });
  }
  const clientId = options.clientId ?? defaultClientId;

  const tokens = (ctx: GrantContext, url: string, json: Record<string, string>) =>
    requestToken({
      ctx,
      url,
      json,
      headers: accept,
      parse: (body) => tokenSetFromDynata(body, ctx.clock),
    });

  return managedAuth({
    kind: "managed",
    provider: "dynata",
    account: username,
    schemes: Object.keys(securitySchemes),
    async obtain(ctx) {
      const secret = await resolveSecret(password, "dynata password");
      return tokens(ctx, dynataAuthPaths.password, { clientId, username, password: secret });
    },
    refresh(ctx, refreshToken) {
      return tokens(ctx, dynataAuthPaths.refresh, { clientId, refreshToken });
    },
    async revoke(ctx: GrantContext, current: TokenSet) {
      // Logout needs both tokens; without a refresh token there is no server session to end.
      if (!current.refreshToken) return;
      await requestToken({
        ctx,
        url: dynataAuthPaths.logout,
        json: { clientId, refreshToken: current.refreshToken, accessToken: current.accessToken },
        headers: accept,
        parse: () => undefined,
      });
    },
  });
}
