// The credential layer of the request path: sets the header, and replays once after a 401 for a session.
import { ProviderClientError } from "../errors/provider-client-error.js";
import { attachToken, replayAfter401 } from "../middleware/token-replay.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
import { sendFollowingSameOrigin } from "./same-origin-redirects.js";
import type { Send } from "./send.js";

/**
 * Sends with the credential attached; a managed token that draws a 401 is renewed and the request
 * sent once more. Only URLs under the base URL get the credential (`within`), and redirects are
 * followed only within their origin (same-origin-redirects.ts).
 */
export function authorizedSend(
  credential: StaticAuth | Session,
  inner: Send,
  within: (url: string) => boolean,
): Send {
  const outside = (request: Request) =>
    new ProviderClientError("URL is outside the client's base URL; the credential was not sent", {
      code: "invalid_path",
      method: request.method,
      url: request.url,
    });
  if (credential.kind === "static") {
    return function sendWithStaticCredential(request, call) {
      if (!within(request.url)) return Promise.reject(outside(request));
      const pending = credential.apply(request.headers);
      return pending
        ? pending.then(() => sendFollowingSameOrigin(request, call, inner))
        : sendFollowingSameOrigin(request, call, inner);
    };
  }
  const session = credential;
  return async function sendWithToken(request, call) {
    if (!within(request.url)) throw outside(request);
    const sent = attachToken(
      request,
      session.cachedAuthorization() ?? (await session.authorizationFor(request.signal)),
    );
    const response = await sendFollowingSameOrigin(request, call, inner);
    session.observeServerDate(response.headers.get("date"));
    // Checked here too so the common answer costs no extra promise.
    if (response.status !== 401) return response;
    return (
      (await replayAfter401(session, response, sent, (replay) =>
        sendFollowingSameOrigin(replay, call, inner),
      )) ?? response
    );
  };
}
