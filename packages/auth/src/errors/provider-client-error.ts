// The one base class every error thrown by the provider clients extends.
import type { ProviderClientErrorCode } from "./error-codes.js";
import { redactUrl } from "./redact-url.js";

/** Fields a ProviderClientError carries besides its message. */
export interface ProviderClientErrorOptions {
  /** Stable machine-readable code, one of `ProviderClientErrorCode`. */
  code: ProviderClientErrorCode;
  status?: number | undefined;
  /** The OAuth `error` value, when the server sent one. */
  error?: string | undefined;
  /** The OAuth `error_description`, when the server sent one. */
  errorDescription?: string | undefined;
  method?: string | undefined;
  url?: string | URL | undefined;
  cause?: unknown;
  /** Kept non-enumerable so it never lands in logs or JSON by accident. */
  response?: Response | undefined;
}

/** Base error: stable `code`, HTTP/OAuth details, a redacted URL and a hidden `response`. */
export class ProviderClientError extends Error {
  // A literal, not `new.target.name`: minifiers rename classes, and programs compare `name`.
  override name = "ProviderClientError";
  readonly code: ProviderClientErrorCode;
  readonly status: number | undefined;
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;
  readonly method: string | undefined;
  /** The request URL with secret-looking query values replaced by `***`. */
  readonly url: string | undefined;
  declare readonly response: Response | undefined;

  constructor(summary: string, options: ProviderClientErrorOptions) {
    const url = redactUrl(options.url);
    const method = options.method?.toUpperCase();
    const where = method && url ? `${method} ${url}: ` : url ? `${url}: ` : "";
    super(`${where}${summary}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.error = options.error;
    this.errorDescription = options.errorDescription;
    this.method = method;
    this.url = url;
    // Non-enumerable: JSON.stringify, util.inspect and spread skip it.
    Object.defineProperty(this, "response", {
      value: withoutUrl(options.response),
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
}

// A copy of the response without its URL: token endpoints may carry secrets in the query string.
function withoutUrl(response: Response | undefined): Response | undefined {
  if (!response) return undefined;
  try {
    return new Response(null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch {
    return undefined;
  }
}
