// Reads a token response body as JSON when it is JSON, otherwise as text, within a size limit.
import { readCappedText } from "../body/read-capped-text.js";

/**
 * Parsed JSON, the raw text when it is not JSON, or undefined for an empty body. A body over
 * `maxBytes` throws ResponseTooLargeError; a read cut off (deadline, reset) throws too.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  where: { method: string; url: string },
): Promise<unknown> {
  const text = await readCappedText(response, maxBytes, where);
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
