// The credential layer for a query key: checks the call, then lets only the fetch at the bottom add the key.
import type { StaticQuery } from "../types.js";
import { outsideBaseUrl } from "./authorized-send.js";
import { fetchWithQueryKey, paramConflict, withoutQueryKey } from "./query-key-fetch.js";
import { sendFollowingSameOrigin } from "./same-origin-redirects.js";
import type { Send } from "./send.js";

/**
 * Like a header credential's layer (base URL check, same-origin redirects only), but the key goes
 * into the call's fetch, below retries, logging and timeouts, so every URL they log or put in an
 * error is the one without it. Redirect hops lose an echoed key before going down and get it back at the fetch.
 */
export function queryKeySend(
  query: Pick<StaticQuery, "param" | "value">,
  inner: Send,
  within: (url: string) => boolean,
): Send {
  const { param } = query;
  const hop: Send = (request, call) => inner(withoutQueryKey(request, param), call);
  return function sendWithQueryKey(request, call) {
    if (!within(request.url)) return Promise.reject(outsideBaseUrl(request));
    const conflict = paramConflict(request, param);
    if (conflict) return Promise.reject(conflict);
    const send = (value: string) =>
      sendFollowingSameOrigin(
        request,
        { ...call, fetch: fetchWithQueryKey(call.fetch, param, value) },
        hop,
      );
    try {
      const value = query.value();
      return typeof value === "string" ? send(value) : value.then(send);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
