// The credential layer of the request path: sets the header, and replays once after a 401 for a session.
import { attachToken, replayAfter401 } from "../middleware/token-replay.js";
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
    const sent = attachToken(
      request,
      session.cachedAuthorization() ?? (await session.authorizationFor(request.signal)),
    );
    const response = await inner(request, call);
    session.observeServerDate(response.headers.get("date"));
    // Checked here too so the common answer costs no extra promise.
    if (response.status !== 401) return response;
    return (
      (await replayAfter401(session, response, sent, (replay) => inner(replay, call))) ?? response
    );
  };
}
