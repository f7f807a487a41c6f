// An API request got no answer at all: the connection failed or dropped before response headers.
import { ProviderClientError } from "./provider-client-error.js";

/** The fetch rejected (refused, reset, DNS, TLS...); `cause` is what fetch threw. */
export class NetworkError extends ProviderClientError {
  override name = "NetworkError";
  constructor(method: string, url: string, cause: unknown) {
    super(`no answer (${reasonOf(cause)})`, { code: "network_error", method, url, cause });
  }
}

// undici puts the system error (ECONNREFUSED, ECONNRESET...) in `cause`; its message says only "fetch failed".
function reasonOf(error: unknown): string {
  const inner = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  if (typeof inner?.code === "string") return inner.code;
  return error instanceof Error ? error.message : "fetch failed";
}
