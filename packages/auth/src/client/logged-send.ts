// The logging layer around one attempt: request.sent before it, request.answered after (no headers, no bodies).
import type { RequestLogging } from "../logging/request-logging.js";
import type { Send } from "./send.js";

/** Wraps the attempt layer; only built when logging is on, so an off client pays nothing. */
export function loggedSend(inner: Send, logging: RequestLogging): Send {
  const { log, clock } = logging;
  return async function sendLogged(request, call) {
    const fields = logging.fieldsOf(request, call.attempt ?? 1);
    log("request.sent", fields);
    const started = clock.now();
    const response = await inner(request, call);
    log("request.answered", {
      ...fields,
      status: response.status,
      durationMs: clock.now() - started,
      requestId: logging.requestIdOf(response),
    });
    return response;
  };
}
