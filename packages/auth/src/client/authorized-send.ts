// The credential layer of the request path: sets the header, and replays once after a 401 for a session.
import { authorizationAfter401 } from "../middleware/authorization-after-401.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
import type { Send } from "./send.js";

/** Sends with the credential attached; a managed token that draws a 401 is renewed and the request sent once more. */
export function authorizedSend(credential: StaticAuth | Session, inner: Send): Send {
  if (credential.kind === "static") {
    return function sendWithStaticCredential(request, call) {
      const pending = credential.apply(request.headers);
      return pending ? pending.then(() => inner(request, call)) : inner(request, call);
    };
  }
  const session = credential;
  return async function sendWithToken(request, call) {
    const authorization =
      session.cachedAuthorization() ?? (await session.authorizationFor(request.signal));
    request.headers.set(authorization.name, authorization.value);
    // Only a body is consumed by sending; a bodyless request can be replayed as it is.
    const replay = request.body === null ? request : request.clone();
    const response = await inner(request, call);
    session.observeServerDate(response.headers.get("date"));
    if (response.status !== 401) return response;
    const fresh = await authorizationAfter401(session, authorization.accessToken, replay.signal);
    if (!fresh) return response;
    await response.body?.cancel().catch(() => undefined);
    replay.headers.set(fresh.name, fresh.value);
    return inner(replay, call);
  };
}
