// The credential layer of the request path: a static credential's header or query key, or the session's own layer.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { Session } from "../session/session-types.js";
import type { StaticAuth } from "../types.js";
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
  if (credential.kind === "session") {
    const withToken = credential.authorize<Parameters<Send>[1]>((request, call) =>
      sendFollowingSameOrigin(request, call, inner),
    );
    return (request, call) =>
      within(request.url) ? withToken(request, call) : Promise.reject(outsideBaseUrl(request));
  }
  if (credential.query) {
    // Like a session's, a query key's layer comes with it: header-credential bundles carry none of it.
    if (!credential.query.layer)
      throw new TypeError(
        `the query credential for "${credential.provider}" has no layer; build it with queryKeyAuth()`,
      );
    return credential.query.layer(inner, within);
  }
  return function sendWithStaticCredential(request, call) {
    if (!within(request.url)) return Promise.reject(outsideBaseUrl(request));
    const pending = credential.apply(request.headers);
    return pending
      ? pending.then(() => sendFollowingSameOrigin(request, call, inner))
      : sendFollowingSameOrigin(request, call, inner);
  };
}

/** The refusal for a URL outside the base URL: nothing, the credential included, was sent. */
export function outsideBaseUrl(request: Request): ProviderClientError {
  return new ProviderClientError(
    "URL is outside the client's base URL; the credential was not sent",
    {
      code: "invalid_path",
      method: request.method,
      url: request.url,
    },
  );
}
