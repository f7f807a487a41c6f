// Sees an answer's body when the client reads it, so drift detection costs no clone and no extra read.
import type { AnswerBody } from "./check-answer.js";

const jsonMedia = /^application\/(?:[\w.-]+\+)?json$/i;

/**
 * Wraps this one response's `text()` and `json()` (openapi-fetch reads the body through one of
 * them): `check` sees the body first and may throw, which the call then rejects with.
 */
export function watchBody(response: Response, check: (body: AnswerBody) => void): void {
  const { text, json } = response;
  response.text = async function textThenCheck() {
    const raw = await text.call(response);
    check(parseAnswer(raw, response.headers.get("content-type")));
    return raw;
  };
  response.json = async function jsonThenCheck() {
    const value: unknown = await json.call(response);
    check({ kind: "json", value });
    return value;
  };
}

/** The body as drift detection judges it: empty, JSON (by content type and parse) or not JSON. */
function parseAnswer(raw: string, contentType: string | null): AnswerBody {
  if (raw === "") return { kind: "empty" };
  if (!jsonMedia.test((contentType ?? "").split(";", 1)[0]!.trim())) return { kind: "not JSON" };
  try {
    return { kind: "json", value: JSON.parse(raw) };
  } catch {
    return { kind: "not JSON" };
  }
}

/** True when the client will not read a body at all (openapi-fetch's own rule). */
export function hasNoBody(response: Response, method: string): boolean {
  const length = response.headers.get("content-length");
  const chunked = response.headers.get("transfer-encoding")?.includes("chunked") ?? false;
  return response.status === 204 || method === "HEAD" || (length === "0" && !chunked);
}
