// The one way adapters call a token endpoint: retries transient failures, maps the rest to typed errors.

import { Deadline } from "../client/deadline.js";
import { checkHeaderValue } from "../credentials/check-header-value.js";
import { OAuthError } from "../errors/oauth-error.js";
import { oauthFields } from "../errors/oauth-fields.js";
import { ProviderClientError } from "../errors/provider-client-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import { TokenRequestError } from "../errors/token-request-error.js";
import { backoffDelay } from "../retry/backoff.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { retryPolicy } from "../retry/retry-policy.js";
import type { GrantContext } from "../types.js";
import { joinUrl } from "./join-url.js";
import { readBody, TOKEN_BODY_LIMIT_BYTES } from "./read-body.js";

/** One token-endpoint request as an adapter describes it. */
export interface TokenRequest<T> {
  /** fetch, baseUrl, clock, signal, timeout and retry policy, as the session passed them to the adapter. */
  ctx: GrantContext;
  /** Defaults to POST. */
  method?: string;
  /** Absolute URL, or a path joined onto `ctx.baseUrl` (`/oauth2/token` under `https://x/v2`). */
  url: string;
  headers?: Record<string, string>;
  /** Form body (sent as application/x-www-form-urlencoded) or a raw string. Re-sent as-is on retry. */
  body?: URLSearchParams | string;
  /** A JSON body (sent as application/json); use instead of `body`. */
  json?: unknown;
  /** Turns the 2xx body (parsed JSON, or text) into the result, e.g. `(b) => tokenSetFromOAuth(b, ctx.clock)`. */
  parse: (body: unknown, response: Response) => T | Promise<T>;
}

type Where = { method: string; url: string };

/**
 * Sends a token-endpoint request and parses the answer.
 *
 * - Network errors, 5xx and 429 are retried with capped exponential backoff and full jitter
 *   (429/503 wait for `Retry-After` when sent); after `ctx.retry.retries` retries it throws
 *   TokenRequestError. A Retry-After longer than `maxRetryAfterMs` fails at once.
 * - `ctx.timeoutMs` bounds each attempt until its body is read; a late one is retried like a
 *   network error (its `RequestTimeoutError` is the final error's `cause`).
 * - Bodies over 1 MiB throw ResponseTooLargeError (`response_too_large`); not retried.
 * - Any other 4xx throws OAuthError with the body's `error`/`error_description` and `status`;
 *   never retried. The session treats an OAuthError from `refresh` as "refresh token rejected".
 * - A 2xx whose `parse` throws becomes TokenRequestError code `invalid_token_response`.
 * - Redirects are never followed (`redirect: "error"`): a redirect, or a 2xx that a custom fetch
 *   reached through one, throws TokenRequestError code `token_request_redirected`; not retried.
 * - Aborting `ctx.signal` rejects with the signal's reason, also during backoff sleeps.
 * Errors name the method and the (redacted) URL; request bodies and headers never appear in them.
 */
export async function requestToken<T>(request: TokenRequest<T>): Promise<T> {
  const { ctx } = request;
  const policy = retryPolicy(ctx.retry);
  const method = (request.method ?? "POST").toUpperCase();
  const url = joinUrl(ctx.baseUrl, request.url);
  const where = { method, url };
  let attempt = 0;
  for (;;) {
    attempt += 1;
    const outcome = await sendOnce(request, where);
    const retriesLeft = attempt <= policy.retries;
    if (outcome.kind === "redirect") {
      const status = outcome.status;
      const summary =
        status === undefined
          ? "redirected it; the request was not re-sent"
          : `answered HTTP ${status} ${outcome.followed ? "after" : "with"} a redirect; refused`;
      throw new TokenRequestError(`token endpoint ${summary}`, {
        ...where,
        code: "token_request_redirected",
        status,
        attempts: attempt,
        cause: outcome.error,
      });
    }
    if (outcome.kind === "network") {
      if (ctx.signal?.aborted) throw ctx.signal.reason;
      if (!retriesLeft) {
        const what =
          outcome.error instanceof RequestTimeoutError
            ? `did not answer within ${outcome.error.timeoutMs} ms`
            : "unreachable";
        throw new TokenRequestError(`token endpoint ${what} after ${attempt} attempt(s)`, {
          ...where,
          cause: outcome.error,
          attempts: attempt,
        });
      }
      await ctx.clock.sleep(backoffDelay(attempt - 1, policy), ctx.signal);
      continue;
    }
    const { response, body } = outcome;
    if (response.ok) return parseOk(request, response, body, where, attempt);
    const status = response.status;
    if (status === 429 || status >= 500) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), ctx.clock.now());
      const tooLong = retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs;
      if (!retriesLeft || tooLong) {
        const reason = tooLong
          ? `asked to retry after ${retryAfter} ms`
          : `after ${attempt} attempt(s)`;
        throw new TokenRequestError(`token endpoint answered HTTP ${status} ${reason}`, {
          ...where,
          status,
          response,
          attempts: attempt,
          ...oauthFields(body),
        });
      }
      await ctx.clock.sleep(retryAfter ?? backoffDelay(attempt - 1, policy), ctx.signal);
      continue;
    }
    throw new OAuthError({ ...where, status, response, body, ...oauthFields(body) });
  }
}

type Outcome =
  | { kind: "response"; response: Response; body: unknown }
  | { kind: "redirect"; status?: number; followed?: boolean; error?: unknown }
  | { kind: "network"; error: unknown };

// One attempt, body included, within the deadline; a thrown fetch (DNS, refused, reset, late) is reported.
async function sendOnce<T>(request: TokenRequest<T>, where: Where): Promise<Outcome> {
  const { ctx } = request;
  // Called unbound: a browser's fetch throws "Illegal invocation" when `this` is another object.
  const send = ctx.fetch;
  const timeoutMs = ctx.timeoutMs ?? 0;
  // The API path's per-attempt deadline, here covering the body too (stopped once it is read).
  const deadline = timeoutMs > 0 ? new Deadline(timeoutMs, ctx.signal) : undefined;
  const encoded = encodeBody(request);
  try {
    // Never re-sent elsewhere: a 307/308 would carry passwords, codes and client secrets along.
    const response = await send(where.url, {
      method: where.method,
      ...encoded,
      redirect: "error",
      signal: deadline ? deadline.signal : ctx.signal,
    });
    const status = response.status;
    // A fetch that ignored `redirect: "error"`: its answer may come from another origin.
    if (response.redirected || (status >= 300 && status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: "redirect", status, followed: response.redirected };
    }
    return {
      kind: "response",
      response,
      body: await readBody(response, TOKEN_BODY_LIMIT_BYTES, where),
    };
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    if (isRedirectRefusal(error)) return { kind: "redirect", error };
    if (deadline?.passed) {
      return {
        kind: "network",
        error: new RequestTimeoutError(where.method, where.url, timeoutMs, { cause: error }),
      };
    }
    return { kind: "network", error };
  } finally {
    deadline?.stop();
  }
}

/** Headers and body as the request describes them, with the content type they imply. */
function encodeBody<T>(request: TokenRequest<T>): { headers: Headers; body: string | undefined } {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    headers.set(name, checkHeaderValue(value, `token request header ${name}`));
  }
  let body: string | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  } else if (request.body instanceof URLSearchParams) {
    body = request.body.toString();
    if (!headers.has("content-type")) {
      headers.set("content-type", "application/x-www-form-urlencoded");
    }
  } else {
    body = request.body;
  }
  if (!headers.has("accept")) headers.set("accept", "application/json");
  return { headers, body };
}

/** undici rejects a `redirect: "error"` fetch with "fetch failed" caused by "unexpected redirect". */
function isRedirectRefusal(error: unknown): boolean {
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause;
  return cause?.message === "unexpected redirect";
}

async function parseOk<T>(
  request: TokenRequest<T>,
  response: Response,
  body: unknown,
  where: Where,
  attempts: number,
): Promise<T> {
  try {
    return await request.parse(body, response);
  } catch (error) {
    // Adapter-raised typed errors (e.g. a provider error inside a 200) pass through; a bare base
    // error from a shared parser is wrapped so it keeps the status, URL and TokenRequestError type.
    if (error instanceof ProviderClientError && error.constructor !== ProviderClientError)
      throw error;
    throw new TokenRequestError("token endpoint sent a response that could not be read", {
      ...where,
      code: "invalid_token_response",
      status: response.status,
      response,
      attempts,
      cause: error,
    });
  }
}
