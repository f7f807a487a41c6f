// What the request path needs to log an attempt: the log and how to describe a request.
import { redactUrl } from "../errors/redact-url.js";
import type { Clock } from "../types.js";
import type { Log } from "./create-log.js";
import type { LogEvents } from "./log-events.js";

/** The fields every request event starts from. */
export type RequestFields = LogEvents["request.sent"];

/** Handed to the logging and retry layers when logging is on. */
export interface RequestLogging {
  log: Log;
  clock: Clock;
  /** Provider, operationId, method and redacted URL of one attempt. */
  fieldsOf(request: Request, attempt: number): RequestFields;
  /** The provider's request id header, if the answer has one. */
  requestIdOf(response: Response): string | undefined;
}

/** Builds `RequestLogging` for one client. */
export function requestLogging(options: {
  log: Log;
  clock: Clock;
  provider: string;
  operationIdOf(request: Request): string | undefined;
  requestIdOf(response: Response): string | undefined;
}): RequestLogging {
  const { provider, operationIdOf } = options;
  return {
    log: options.log,
    clock: options.clock,
    requestIdOf: options.requestIdOf,
    fieldsOf: (request, attempt) => ({
      provider,
      operationId: operationIdOf(request),
      method: request.method,
      // Secret-looking query values (api_key=, token=...) are masked, userinfo dropped.
      url: redactUrl(request.url) ?? "",
      attempt,
    }),
  };
}
