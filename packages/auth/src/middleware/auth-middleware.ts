// openapi-fetch middleware: attaches the credential per operation and replays once after a 401.
import type { Middleware } from "openapi-fetch";
import { hideQueryKey, paramConflict, withQueryKey } from "../client/query-key-fetch.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
import { credentialRule, type SecurityOf } from "./credential-rule.js";
import { attachToken, replayAfter401, type SentWithToken } from "./token-replay.js";

/** Options for createAuthMiddleware. */
export interface AuthMiddlewareOptions {
  /** A static credential, or a managed session (enables the 401 replay). */
  auth: StaticAuth | Session;
  /** The operation's security by HTTP method and spec path (from the generated operation map). */
  securityFor: SecurityOf;
  /** Sends the replay; defaults to the client's own fetch. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * Sets the credential on each request whose operation needs it. For a session, a 401 answer
 * invalidates the token that was sent, fetches a fresh one and replays the request once
 * (from a clone taken before sending, so the body is intact); the replay's answer, even a
 * second 401, is what the caller gets.
 */
export function createAuthMiddleware(options: AuthMiddlewareOptions): Middleware {
  const { auth } = options;
  const carries = credentialRule(options.securityFor, auth.schemes);
  const pending = new Map<string, SentWithToken>();
  return {
    async onRequest({ request, schemaPath, id }) {
      if (!carries(request.method, schemaPath)) return undefined;
      if (auth.kind === "static") {
        if (auth.query) {
          // openapi-fetch sends what we return: the key goes into its URL (redirects are fetch's own here).
          const conflict = paramConflict(request, auth.query.param);
          if (conflict) throw conflict;
          return withQueryKey(request, auth.query.param, await auth.query.value());
        }
        await auth.apply(request.headers);
        return request;
      }
      const authorization =
        auth.cachedAuthorization() ?? (await auth.authorizationFor(request.signal));
      pending.set(id, attachToken(request, authorization));
      return request;
    },
    async onResponse({ response, id, options: clientOptions }) {
      const entry = pending.get(id);
      pending.delete(id);
      if (auth.kind === "static" && auth.query) return hideQueryKey(response, auth.query.param);
      if (auth.kind === "session") auth.observeServerDate(response.headers.get("date"));
      if (!entry || auth.kind !== "session") return undefined;
      return replayAfter401(auth, response, entry, options.fetch ?? clientOptions.fetch);
    },
    onError({ id }) {
      pending.delete(id);
      return undefined;
    },
  };
}
