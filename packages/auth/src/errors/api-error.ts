// A provider API answered with a non-2xx status (thrown by the client runtime in throwing mode).
import { oauthFields } from "./oauth-fields.js";
import { ProviderClientError } from "./provider-client-error.js";
import { vendorReason } from "./vendor-reason.js";

/** What the client runtime knows about a failed API call. */
export interface ApiErrorOptions {
  /** Provider name, e.g. `dnsimple`; prefixed to the message. */
  provider?: string | undefined;
  method: string;
  url: string | URL;
  status: number;
  /** The provider's parsed error body (JSON when it parsed, else text). */
  body: unknown;
  requestId?: string | undefined;
  response?: Response | undefined;
  cause?: unknown;
}

/**
 * Non-2xx API response: `status`, the provider's error `body`, `requestId`, hidden `response`; the
 * message names method, URL and status and the vendor's own reason (`message`, `errors`, ...).
 */
export class ApiError extends ProviderClientError {
  override name = "ApiError";
  readonly provider: string | undefined;
  readonly body: unknown;
  readonly requestId: string | undefined;

  constructor(options: ApiErrorOptions) {
    const id = options.requestId ? ` [request id ${options.requestId}]` : "";
    const oauth = oauthFields(options.body);
    const who = options.provider ? `${options.provider} API answered ` : "";
    const reason = vendorReason(options.body);
    const summary = `${who}HTTP ${options.status}${oauth.error ? ` ${oauth.error}` : ""}${id}`;
    super(reason ? `${summary}: ${reason}` : summary, {
      code: "api_error",
      status: options.status,
      method: options.method,
      url: options.url,
      response: options.response,
      cause: options.cause,
      ...oauth,
    });
    this.provider = options.provider;
    this.body = options.body;
    this.requestId = options.requestId;
  }
}
