// A session's part of the client request path: its token on the request, one replay after a 401.
import { attachToken, replayAfter401 } from "../middleware/token-replay.js";
import type { Session } from "./session-types.js";

/** A layer of the client's request path: the built Request plus whatever the call hands down. */
export type SessionSend<Call> = (request: Request, call: Call) => Promise<Response>;

/** Sends with the session's token attached; a token that draws a 401 is renewed and the request sent once more. */
export function tokenSend<Call>(session: Session, inner: SessionSend<Call>): SessionSend<Call> {
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
