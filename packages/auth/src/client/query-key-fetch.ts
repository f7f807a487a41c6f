// A query key's place on the request path: only the fetch sees the key; everything above sees the URL without it.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { FetchLike } from "./send.js";

/** `request` with `param=value` set in its URL (one value, whatever the URL had), everything else kept. */
export function withQueryKey(request: Request, param: string, value: string): Request {
  const url = new URL(request.url);
  url.searchParams.set(param, value);
  // A Request is a valid RequestInit: method, headers, body, signal, redirect, credentials... all carry over.
  return new Request(url, request);
}

/** `request` without `param` in its URL (a same-origin redirect whose Location echoed the key). */
export function withoutQueryKey(request: Request, param: string): Request {
  const url = new URL(request.url);
  if (!url.searchParams.has(param)) return request;
  url.searchParams.delete(param);
  return new Request(url, request);
}

/** Makes `response.url` the URL without `param`: ApiError, ResponseParseError and callers read it. */
export function hideQueryKey(response: Response, param: string): Response {
  if (!response.url) return response;
  const url = new URL(response.url);
  if (!url.searchParams.has(param)) return response;
  url.searchParams.delete(param);
  // `url` is a getter on Response.prototype: an own property on this one response shadows it.
  Object.defineProperty(response, "url", { value: url.toString(), enumerable: false });
  return response;
}

/** The refusal for a call that sets the credential's parameter itself: overriding or sending both would hide a mistake. */
export function paramConflict(request: Request, param: string): ProviderClientError | undefined {
  const url = new URL(request.url);
  if (!url.searchParams.has(param)) return undefined;
  // The caller's own value may be a key too: the error names the parameter, not what it held.
  url.searchParams.set(param, "***");
  return new ProviderClientError(
    `query parameter "${param}" carries the credential; a call cannot set it too; nothing was sent`,
    { code: "invalid_options", method: request.method, url },
  );
}

/**
 * The fetch a query-key call ends at: adds the key to each attempt's URL, hides it in the answer's
 * `url`, and takes it out of what a failed fetch says (a custom fetch may name the URL it was given).
 */
export function fetchWithQueryKey(fetch: FetchLike, param: string, value: string): FetchLike {
  const spelled = [value, new URLSearchParams({ k: value }).toString().slice(2)];
  return function fetchWithKey(request, init) {
    return fetch(withQueryKey(request, param, value), init).then(
      (response) => hideQueryKey(response, param),
      (error: unknown) => {
        throw withoutSecret(error, spelled);
      },
    );
  };
}

/** `error` as it is, unless its message holds the secret: then a TypeError saying the same with `***`, keeping its cause. */
function withoutSecret(error: unknown, spelled: readonly string[]): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!spelled.some((form) => message.includes(form))) return error;
  const masked = spelled.reduce((text, form) => text.split(form).join("***"), message);
  const cause = (error as { cause?: unknown } | null)?.cause;
  return new TypeError(masked, cause === undefined ? undefined : { cause });
}
