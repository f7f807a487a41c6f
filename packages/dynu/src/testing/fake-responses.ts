// How the fake server writes answers: Dynu's JSON envelope, its error body, and fault pages.
import type { ServerResponse } from "node:http";

/** Dynu's exception types (the `exception.type` values in the spec). */
export type DynuExceptionType =
  | "Argument Exception"
  | "Authentication Exception"
  | "Parse Exception"
  | "Request Exception"
  | "Server Exception"
  | "Quota Exception";

/** Dynu's error envelope: `{ statusCode, exception: { statusCode, type, message } }`. */
export function dynuErrorBody(statusCode: number, type: DynuExceptionType, message: string) {
  return { statusCode, exception: { statusCode, type, message } };
}

/** Writes `body` as JSON with `status`, stamping `Date` from the fake clock. */
export function writeJson(
  response: ServerResponse,
  now: number,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    date: new Date(now).toUTCString(),
    ...headers,
  });
  response.end(text);
}

/** Writes a Dynu error envelope with the HTTP status equal to its statusCode. */
export function writeDynuError(
  response: ServerResponse,
  now: number,
  status: number,
  type: DynuExceptionType,
  message: string,
): void {
  writeJson(response, now, status, dynuErrorBody(status, type, message));
}

/** Writes raw text with a content type (fault pages and broken JSON). */
export function writeText(
  response: ServerResponse,
  now: number,
  status: number,
  contentType: string,
  text: string,
): void {
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": String(Buffer.byteLength(text)),
    date: new Date(now).toUTCString(),
  });
  response.end(text);
}
