// Redirects under openapi-fetch: fetch hands them back, and only those within the origin are followed with the credential.
import { followSameOriginRedirects, isRedirect } from "../client/same-origin-redirects.js";
import type { CallContext, FetchLike } from "../client/send.js";

/** Sends one hop of a credentialed call: adds the credential if it lives in the URL, never follows redirects. */
export type GuardedSend = (request: Request, fetch: FetchLike) => Promise<Response>;

/** `request` with `redirect: "manual"`, so fetch cannot carry its credential to another origin. */
export function manualRedirects(request: Request): Request {
  return request.redirect === "manual" ? request : new Request(request, { redirect: "manual" });
}

/** A copy to re-send after a redirect (the request itself when bodyless: nothing is consumed). */
export function resendable(request: Request): Request {
  return request.body === null ? request : request.clone();
}

/**
 * The call's final answer: `response`, or where its same-origin redirects lead. A redirect to
 * another origin, an https -> http downgrade or a hidden (opaque) one throws `redirect_refused`.
 */
export function settleRedirects(
  response: Response,
  copy: Request,
  send: GuardedSend,
  fetch: FetchLike,
): Promise<Response> {
  if (!isRedirect(response)) return Promise.resolve(response);
  const call: CallContext = { fetch, redirect: "manual" };
  return followSameOriginRedirects(copy, response, call, (next) =>
    send(manualRedirects(next), fetch),
  );
}

/** Sends `request` guarded: manual redirects, and same-origin ones followed (for a 401 replay). */
export async function sendGuarded(
  request: Request,
  send: GuardedSend,
  fetch: FetchLike,
): Promise<Response> {
  const copy = resendable(request);
  const response = await send(manualRedirects(request), fetch);
  return settleRedirects(response, copy, send, fetch);
}
