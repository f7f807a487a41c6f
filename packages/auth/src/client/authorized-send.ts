// The credential layer of the request path: a static credential's header or query key, or the session's own layer.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
import { queryKeySend } from "./query-key-send.js";
import { sendFollowingSameOrigin } from "./same-origin-redirects.js";
import type { Send } from "./send.js";

/**
 * Sends with the credential attached. Only URLs under the base URL get the credential (`within`),
 * and redirects are followed only within their origin (same-origin-redirects.ts). A session
 * brings its layer itself (token, one replay after a 401), so a static-credential bundle has none of it.
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
  if (credential.kind === "session") {
    const withToken = credential.authorize<Parameters<Send>[1]>((request, call) =>
      sendFollowingSameOrigin(request, call, inner),
    );
    return (request, call) =>
      within(request.url) ? withToken(request, call) : Promise.reject(outside(request));
  }
  if (credential.query) return queryKeySend(credential.query, inner, within, outside);
  return function sendWithStaticCredential(request, call) {
    if (!within(request.url)) return Promise.reject(outside(request));
    const pending = credential.apply(request.headers);
    return pending
      ? pending.then(() => sendFollowingSameOrigin(request, call, inner))
      : sendFollowingSameOrigin(request, call, inner);
  };
}
