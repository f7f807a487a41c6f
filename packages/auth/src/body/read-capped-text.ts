// Reads a response body as text, stopping at a byte limit instead of buffering whatever comes.
import { ResponseTooLargeError } from "../errors/response-too-large-error.js";

/** Token bodies are a few hundred bytes; anything past 1 MiB is not a token response. */
export const TOKEN_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The body as UTF-8 text; throws ResponseTooLargeError (and cancels the body) when its
 * Content-Length or the bytes received pass `maxBytes`. Read errors (aborts) propagate.
 */
export async function readCappedText(
  response: Response,
  maxBytes: number,
  where: { method: string; url: string },
): Promise<string> {
  const tooLarge = () => new ResponseTooLargeError(where.method, where.url, maxBytes);
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  if (announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
