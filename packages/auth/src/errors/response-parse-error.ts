// A successful answer whose body is not what the operation declares (e.g. an HTML page for JSON).
import { ProviderClientError } from "./provider-client-error.js";
import { secretFreeExcerpt } from "./secret-free-excerpt.js";

/** How many characters of the body an error may quote. */
export const BODY_PREFIX_LENGTH = 32;

/** What the client runtime knows about a body it could not parse. */
export interface ResponseParseErrorOptions {
  provider?: string | undefined;
  method: string;
  url: string;
  status: number;
  /** The answer's `Content-Type` header (null when it sent none). */
  contentType: string | null;
  /** The operation called, as its operationId when the client knows it, else `METHOD /path`. */
  operation: string;
  /** The body text; only a short, secret-free prefix is kept. */
  body: string;
  cause?: unknown;
  response?: Response | undefined;
}

/** The body of a 2xx answer could not be parsed as declared: `status`, `contentType`, `operation`, `bodyPrefix`. */
export class ResponseParseError extends ProviderClientError {
  override name = "ResponseParseError";
  readonly provider: string | undefined;
  readonly contentType: string | null;
  readonly operation: string;
  /** The first characters of the body, on one line, token-like runs masked. */
  readonly bodyPrefix: string;

  constructor(options: ResponseParseErrorOptions) {
    const bodyPrefix = secretFreeExcerpt(options.body, BODY_PREFIX_LENGTH);
    const who = options.provider ? `${options.provider} API answered ` : "answered ";
    const type = options.contentType ?? "no content type";
    super(
      `${who}HTTP ${options.status} (${type}) for ${options.operation} with a body that is not JSON: ${JSON.stringify(bodyPrefix)}`,
      {
        code: "response_parse_error",
        status: options.status,
        method: options.method,
        url: options.url,
        cause: options.cause,
        response: options.response,
      },
    );
    this.provider = options.provider;
    this.contentType = options.contentType;
    this.operation = options.operation;
    this.bodyPrefix = bodyPrefix;
  }
}
