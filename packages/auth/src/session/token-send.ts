// A session's part of the client request path: its token on the request, one replay after a 401.
import { attachToken, replayAfter401, type SentWithToken } from "../middleware/token-replay.js";
import type { Authorization, Session } from "./session-types.js";

/** A layer of the client's request path: the built Request plus whatever the call hands down. */
export type SessionSend<Call> = (request: Request, call: Call) => Promise<Response>;

/** Sends with the session's token attached; a token that draws a 401 is renewed and the request sent once more. */
export function tokenSend<Call>(session: Session, inner: SessionSend<Call>): SessionSend<Call> {
  /** Sends `request` with `authorization`; a valid token's call costs one promise here, no async frame. */
  const sendAuthorized = (request: Request, call: Call, authorization: Authorization) => {
    const sent = attachToken(request, authorization);
    return inner(request, call).then((response) => answered(response, sent, call));
  };
  const answered = (response: Response, sent: SentWithToken, call: Call) => {
    session.observeServerDate(response.headers.get("date"));
    if (response.status !== 401) return response;
    return replayAfter401(session, response, sent, (replay) => inner(replay, call)).then(
      (replayed) => replayed ?? response,
    );
  };
  return function sendWithToken(request, call) {
    try {
      const cached = session.cachedAuthorization();
      if (cached) return sendAuthorized(request, call, cached);
      return session
        .authorizationFor(request.signal)
        .then((authorization) => sendAuthorized(request, call, authorization));
    } catch (error) {
      // Thrown while attaching (a header the runtime refuses) rejects like the async path would.
      return Promise.reject(error);
    }
  };
}
