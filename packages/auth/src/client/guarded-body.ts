// An API body read within a byte cap and, when asked, within the attempt's deadline.
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import type { Deadline } from "./deadline.js";

/** The client's `maxBodyBytes` and `timeoutCoversBody`, with the attempt's deadline when timed. */
export interface BodyGuard {
  maxBytes?: number | undefined;
  /** Stopped when the body ends (covering it), else already stopped at the headers. */
  deadline?: Deadline | undefined;
  timeoutMs: number;
}

/** Statuses whose response has no body (Fetch standard); rebuilding one with a stream throws. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/**
 * The response with its body passed through a counting stream: past `maxBytes` (announced or
 * received) reading fails with ResponseTooLargeError, past the deadline with RequestTimeoutError.
 */
export async function guardBody(
  response: Response,
  request: { method: string; url: string },
  guard: BodyGuard,
): Promise<Response> {
  const { maxBytes, deadline } = guard;
  const tooLarge = () => new ResponseTooLargeError(request.method, request.url, maxBytes ?? 0);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (maxBytes !== undefined && declared > maxBytes) {
    deadline?.stop();
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const source = response.body;
  // Chromium hands a 204/205/304 an empty stream, and a Response with such a status refuses a body.
  if (!source || NULL_BODY_STATUSES.has(response.status)) {
    deadline?.stop();
    return response;
  }
  const reader = source.getReader();
  let received = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          deadline?.stop();
          return controller.close();
        }
        received += value.byteLength;
        if (maxBytes !== undefined && received > maxBytes) {
          deadline?.stop();
          await reader.cancel().catch(() => undefined);
          return controller.error(tooLarge());
        }
        controller.enqueue(value);
      } catch (error) {
        deadline?.stop();
        const late = deadline?.passed === true;
        controller.error(
          late
            ? new RequestTimeoutError(request.method, request.url, guard.timeoutMs, {
                cause: error,
              })
            : error,
        );
      }
    },
    cancel(reason) {
      deadline?.stop();
      return reader.cancel(reason);
    },
  });
  const guarded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A new Response has no URL; callers still read where the answer came from.
  Object.defineProperty(guarded, "url", { value: response.url });
  return guarded;
}
