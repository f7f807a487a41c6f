// The client-level fetch for ordinary calls: finds the request's operation and sends it down its chain.
import type { Routing } from "./routing.js";
import type { CallContext, FetchLike } from "./send.js";

/**
 * What openapi-fetch calls for a call that set no option of its own. A fetch given per call costs
 * openapi-fetch measurably more than one given to createClient, so only calls with options get one.
 */
export function routedFetch(routing: Routing): FetchLike {
  const { index, carries, authorized, plain } = routing;
  // Only methods that have an operation without the credential need the URL looked up.
  const lookUp = new Set(index.entries.filter(([m, p]) => !carries(m, p)).map(([m]) => m));
  const ordinary: CallContext = { fetch: routing.fetch };
  // The credential's chain follows redirects itself (same-origin-redirects.ts); one context for every call.
  const credentialed: CallContext = { fetch: routing.fetch, redirect: "manual" };
  return function sendRouted(request) {
    const { method } = request;
    return !lookUp.has(method) || carries(method, index.specPathOf(request))
      ? authorized(request, credentialed)
      : plain(request, ordinary);
  };
}
