// openapi-fetch middleware: attaches the credential per operation and replays once after a 401.
import type { Middleware } from "openapi-fetch";
import {
  fetchWithQueryKey,
  hideQueryKey,
  paramConflict,
  withQueryKey,
} from "../client/query-key-fetch.js";
import type { FetchLike } from "../client/send.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
import { credentialRule, type SecurityOf } from "./credential-rule.js";
import {
  type GuardedSend,
  manualRedirects,
  resendable,
  sendGuarded,
  settleRedirects,
} from "./redirect-guard.js";
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

/** What a credentialed request left for its answer: a copy for redirects, how to send a hop, the token sent. */
interface InFlight {
  copy: Request;
  send: GuardedSend;
  token?: SentWithToken;
}

const plainSend: GuardedSend = (request, fetch) => fetch(request);

/**
 * Sets the credential on each request whose operation needs it. Redirects of those requests come
 * back to the middleware: followed with the credential within the origin, refused across it. For
 * a session, a 401 answer invalidates the token that was sent, fetches a fresh one and replays
 * the request once (from a clone taken before sending, so the body is intact); the replay's
 * answer, even a second 401, is what the caller gets.
 */
export function createAuthMiddleware(options: AuthMiddlewareOptions): Middleware {
  const { auth } = options;
  const carries = credentialRule(options.securityFor, auth.schemes);
  const inFlight = new Map<string, InFlight>();
  return {
    async onRequest({ request, schemaPath, id }) {
      if (!carries(request.method, schemaPath)) return undefined;
      if (auth.kind === "static" && auth.query) {
        const { param } = auth.query;
        const conflict = paramConflict(request, param);
        if (conflict) throw conflict;
        const value = await auth.query.value();
        // The copy keeps the URL without the key: a refused redirect's error names that URL; each
        // hop gets the key from the provider client's own query-key fetch (hidden again in answers and errors).
        const send: GuardedSend = (hop, fetch) => fetchWithQueryKey(fetch, param, value)(hop);
        inFlight.set(id, { copy: resendable(request), send });
        return manualRedirects(withQueryKey(request, param, value));
      }
      if (auth.kind === "static") {
        await auth.apply(request.headers);
        inFlight.set(id, { copy: resendable(request), send: plainSend });
        return manualRedirects(request);
      }
      const authorization =
        auth.cachedAuthorization() ?? (await auth.authorizationFor(request.signal));
      const token = attachToken(request, authorization);
      inFlight.set(id, { copy: resendable(request), send: plainSend, token });
      return manualRedirects(request);
    },
    async onResponse({ response, id, options: clientOptions }) {
      const entry = inFlight.get(id);
      inFlight.delete(id);
      if (auth.kind === "session") auth.observeServerDate(response.headers.get("date"));
      if (!entry) return undefined;
      const fetch: FetchLike = options.fetch ?? clientOptions.fetch;
      let answer = await settleRedirects(response, entry.copy, entry.send, fetch);
      if (auth.kind === "static" && auth.query) answer = hideQueryKey(answer, auth.query.param);
      if (auth.kind !== "session" || !entry.token) return answer;
      const replayed = await replayAfter401(auth, answer, entry.token, (replay) =>
        sendGuarded(replay, plainSend, fetch),
      );
      return replayed ?? answer;
    },
    onError({ id }) {
      inFlight.delete(id);
      return undefined;
    },
  };
}
