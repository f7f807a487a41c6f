// What each fault kind answers (or does to the connection), the same for every provider.
import type { FaultSpec } from "./fault-types.js";
import type { KitError, KitErrorKind, KitReply } from "./request-types.js";

/** A reply, a dropped connection, or "continue" (a delay already waited, an expired token handled by the caller). */
export type FaultOutcome = KitReply | "reset" | "continue";

/** The kit's error kind for a status, for the provider's error body of an injected status. */
export function kindOfStatus(status: number): KitErrorKind {
  const kinds: Record<number, KitErrorKind> = {
    400: "invalid-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    415: "unsupported-media-type",
    422: "invalid-request",
    429: "rate-limited",
  };
  return kinds[status] ?? "server-error";
}

/** Waits `ms` of real time; false, at once, when the fake closes first (no timer outlives it). */
function waitUnlessClosed(ms: number, closing: AbortSignal | undefined): Promise<boolean> {
  if (closing?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      closing?.removeEventListener("abort", stop);
      resolve(true);
    }, ms);
    closing?.addEventListener("abort", stop, { once: true });
  });
}

/** Carries out `fault`; `errorReply` spells the provider's error body for a kit error. */
export async function faultOutcome(
  fault: FaultSpec,
  errorReply: (error: KitError) => KitReply,
  rateLimitedStatus: number,
  quotaSpent?: (seconds: number) => Readonly<Record<string, string>>,
  closing?: AbortSignal,
): Promise<FaultOutcome> {
  const headers = fault.headers ?? {};
  switch (fault.kind) {
    case "reset":
      return "reset";
    case "delay":
      return (await waitUnlessClosed(fault.ms ?? 1000, closing)) ? "continue" : "reset";
    case "expired-token":
      return "continue";
    case "status": {
      const status = fault.status ?? 500;
      if (fault.body !== undefined) return { status, body: fault.body, headers };
      const error = errorReply({
        kind: kindOfStatus(status),
        status,
        message: "Injected failure.",
        problems: [],
      });
      return { ...error, headers: { ...error.headers, ...headers } };
    }
    case "rate-limited": {
      const status = fault.status ?? rateLimitedStatus;
      const error = errorReply({
        kind: "rate-limited",
        status,
        message: "Too many requests.",
        problems: [],
      });
      const seconds = fault.retryAfterSeconds ?? 1;
      const when = quotaSpent?.(seconds) ?? { "retry-after": String(seconds) };
      return { ...error, headers: { ...error.headers, ...when, ...headers } };
    }
    case "invalid-json":
      return {
        status: fault.status ?? 200,
        text: '{"truncated":',
        contentType: "application/json; charset=utf-8",
        headers,
      };
    case "html":
      return {
        status: fault.status ?? 502,
        text: "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
        contentType: "text/html; charset=utf-8",
        headers,
      };
    case "empty":
      return { status: fault.status ?? 200, text: "", headers };
  }
}
