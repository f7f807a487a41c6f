// Reads a token response body as JSON when it is JSON, otherwise as text, within a size limit.
import { guardBody } from "../client/guarded-body.js";

/** Token bodies are a few hundred bytes; anything past 1 MiB is not a token response. */
export const TOKEN_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Parsed JSON, the raw text when it is not JSON, or undefined for an empty body. A body over
 * `maxBytes` (announced or received) throws ResponseTooLargeError; a read cut off (deadline,
 * reset) throws too. The byte counting is the API path's own (guarded-body.ts).
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  where: { method: string; url: string },
): Promise<unknown> {
  const text = await (await guardBody(response, where, { maxBytes, timeoutMs: 0 })).text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
