// Replies the fake Dynata server sends: the success envelope, the API error body and the auth error body.
import { randomUUID } from "node:crypto";
import type { components } from "../generated/index.js";

/** What a route handler answers; the server writes it (after any injected fault). */
export interface Reply {
  status: number;
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown;
  raw?: Uint8Array | string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One offending field (or none) in an error body. */
export interface ErrorDetail {
  path?: string;
  message: string;
}

/** Raised inside handlers; the server turns it into the vendor's error body for the route. */
export class FakeHttpError extends Error {
  readonly status: number;
  readonly details: ErrorDetail[];
  /** The OAuth-style code used by the auth endpoints' error body. */
  readonly authError: string;

  constructor(status: number, details: ErrorDetail[] | string, authError = "invalid_request") {
    const list = typeof details === "string" ? [{ message: details }] : details;
    super(list.map((d) => d.message).join("; "));
    this.status = status;
    this.details = list;
    this.authError = authError;
  }
}

const phrases: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** The reason phrase for a status the fake uses. */
export function httpPhrase(status: number): string {
  return phrases[status] ?? "Error";
}

/** `{data, status, meta}` with status `success`. */
export function envelope(data: unknown, meta?: components["schemas"]["Meta"]): Reply {
  return {
    status: 200,
    body: { data, status: { message: "success", errors: [] }, ...(meta ? { meta } : {}) },
  };
}

/** The Sample API's error body: timestamp, requestId, path, httpCode, httpPhrase, errors. */
export function apiErrorReply(
  status: number,
  path: string,
  details: ErrorDetail[],
  now: number,
): Reply {
  const body: components["schemas"]["ErrorResponse"] = {
    timestamp: new Date(now).toISOString(),
    requestId: randomUUID(),
    path,
    httpCode: status,
    httpPhrase: httpPhrase(status),
    errors: details,
  };
  return { status, body };
}

/** The token endpoints' error body, in their own media type. */
export function authErrorReply(status: number, error: string, errorDescription: string): Reply {
  const body: components["schemas"]["AuthError"] = { error, errorDescription };
  return { status, body, contentType: "application/vnd.auth.error+json" };
}

/** Times as real answers write them: `YYYY/MM/DD HH:mm:ss` in UTC. */
export function apiTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  );
}
