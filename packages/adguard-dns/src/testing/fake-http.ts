// Small request/response helpers for the fake server's route handlers.
import type { IncomingMessage, ServerResponse } from "node:http";

// The shared JSON writer every fake server uses.
export { sendJson } from "@provider-clients/auth/testing";

/** What a route handler gets: the parsed URL, the raw body and the response to write. */
export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

/** Writes a status with no body (e.g. `200` after an update, `404`). */
export function sendEmpty(
  response: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-length": "0", ...headers });
  response.end();
}

/** The vendor's validation error body (`ErrorResponse`) for a 400. */
export function validationError(
  fields: readonly { field: string; error_code: string; message?: string }[],
  errorCode = fields[0]?.error_code ?? "BAD_REQUEST",
  message = "validation failed",
): {
  error_code: string;
  fields: { field: string; error_code: string; message?: string }[];
  message: string;
} {
  return { error_code: errorCode, fields: [...fields], message };
}

/** Parses a JSON request body; undefined when it is empty or not JSON. */
export function parseJson(body: string): unknown {
  if (body.trim() === "") return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** True when the media type of the request is `type` (parameters ignored). */
export function hasContentType(headers: IncomingMessage["headers"], type: string): boolean {
  return (headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() === type;
}
