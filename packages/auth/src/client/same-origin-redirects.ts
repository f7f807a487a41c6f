// Redirects of credentialed requests: followed with the credential within the origin, refused across it.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { CallContext, Send } from "./send.js";

const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Sends `request` with `redirect: "manual"` and follows a redirect only to the same origin (the
 * credential header goes along); another origin, an https -> http downgrade or a redirect the
 * runtime hides (a browser's opaque redirect) throws `redirect_refused` with nothing sent there.
 */
export function sendFollowingSameOrigin(
  request: Request,
  call: CallContext,
  send: Send,
): Promise<Response> {
  // The usual answer is no redirect: it costs no extra promise, context copy or loop.
  try {
    const manual: CallContext = call.redirect === "manual" ? call : { ...call, redirect: "manual" };
    return send(request, manual).then((response) =>
      isRedirect(response) ? followSameOriginRedirects(request, response, manual, send) : response,
    );
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Follows `response`, a redirect of `request`, hop by hop while the target keeps its origin. A
 * 307/308 re-sends the body: `send` (the retry layer) sends copies and leaves each request's own
 * body unread, so no copy is kept here.
 */
export async function followSameOriginRedirects(
  request: Request,
  firstResponse: Response,
  manual: CallContext,
  send: Send,
): Promise<Response> {
  let current = request;
  let response = firstResponse;
  for (let hop = 0; ; hop++) {
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get("location");
    const target = location === null ? undefined : new URL(location, current.url);
    const origin = new URL(current.url).origin;
    if (!target || target.origin !== origin || hop >= maxRedirects) {
      const why = !target
        ? "a redirect whose target is hidden"
        : target.origin !== origin
          ? `a redirect to another origin (${target.origin})`
          : `more than ${maxRedirects} redirects`;
      throw new ProviderClientError(`${why}; not followed, the credential stays with ${origin}`, {
        code: "redirect_refused",
        status: response.status || undefined,
        method: request.method,
        url: request.url,
      });
    }
    current = redirected(current, target, response.status);
    response = await send(current, manual);
    if (!isRedirect(response)) return response;
  }
}

/** A redirect status, or the opaque answer a browser gives for a manual redirect. */
export function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || redirectStatuses.has(response.status);
}

/** The next request as fetch would make it: 303 (and 301/302 after POST) become a bodiless GET. */
function redirected(from: Request, target: URL, status: number): Request {
  const toGet = status === 303 || ((status === 301 || status === 302) && from.method === "POST");
  const headers = new Headers(from.headers);
  if (toGet) {
    for (const name of ["content-type", "content-length", "content-encoding", "content-language"]) {
      headers.delete(name);
    }
  }
  return new Request(target, {
    method: toGet && from.method !== "HEAD" ? "GET" : from.method,
    headers,
    body: toGet ? null : from.body,
    signal: from.signal,
    // @ts-expect-error Node's fetch needs `duplex` for a stream body; browsers ignore it.
    duplex: "half",
  });
}
