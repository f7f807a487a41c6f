// What both 401 paths (client and middleware) do before a replay: drop the token, get another.
import type { Authorization, Session } from "../session/session-types.js";

/**
 * Invalidates `sentToken` and returns the header for a replay, or undefined when the session
 * hands back the same token (another caller already refreshed and it is still rejected).
 */
export async function authorizationAfter401(
  session: Session,
  sentToken: string,
  signal: AbortSignal,
): Promise<Authorization | undefined> {
  session.invalidate(sentToken);
  const fresh = await session.authorizationFor(signal);
  return fresh.accessToken === sentToken ? undefined : fresh;
}
