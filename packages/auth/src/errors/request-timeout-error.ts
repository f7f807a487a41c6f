// An API or token request took longer than the client's `timeoutMs`.
import { ProviderClientError } from "./provider-client-error.js";

/** One attempt ran past `timeoutMs` and was aborted. */
export class RequestTimeoutError extends ProviderClientError {
  override name = "RequestTimeoutError";
  readonly timeoutMs: number;

  constructor(method: string, url: string, timeoutMs: number, options: { cause?: unknown } = {}) {
    super(`no response within ${timeoutMs} ms`, {
      code: "request_timeout",
      method,
      url,
      cause: options.cause,
    });
    this.timeoutMs = timeoutMs;
  }
}
