// The 401 protocol both credential paths share (client send chain and openapi-fetch middleware).
import type { Authorization, Session } from "../session/session-types.js";

/** A request as sent with a session token: what a replay needs. */
export interface SentWithToken {
  /** The request to send again: the original when bodyless, else a copy taken before sending. */
  replay: Request;
  accessToken: string;
}

/** Sets the token's header on `request` and keeps what a replay would need. */
export function attachToken(request: Request, authorization: Authorization): SentWithToken {
  request.headers.set(authorization.name, authorization.value);
  // Only a body is consumed by sending; a bodyless request can be replayed as it is.
  const replay = request.body === null ? request : request.clone();
  return { replay, accessToken: authorization.accessToken };
}

/**
 * After a 401 on `sent`: invalidates its token and, when the session hands out a different one
 * (not the same token another caller already got rejected), sends the replay once with it.
 * Returns the replay's answer, or undefined when there is nothing to replay.
 */
export async function replayAfter401(
  session: Session,
  response: Response,
  sent: SentWithToken,
  send: (request: Request) => Promise<Response>,
): Promise<Response | undefined> {
  if (response.status !== 401) return undefined;
  session.invalidate(sent.accessToken);
  const fresh = await session.authorizationFor(sent.replay.signal);
  if (fresh.accessToken === sent.accessToken) return undefined;
  await response.body?.cancel().catch(() => undefined);
  sent.replay.headers.set(fresh.name, fresh.value);
  return send(sent.replay);
}
