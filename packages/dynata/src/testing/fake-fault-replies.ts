// Turns an injected fault into what goes on the wire.
import type { FakeFault } from "./fake-faults.js";
import { apiErrorReply, authErrorReply, type Reply } from "./fake-http.js";

/** The reply for a fault that answers (every kind except reset and delay). */
export function faultReply(
  fault: Exclude<FakeFault, { type: "reset" } | { type: "delay" }>,
  path: string,
  authRoute: boolean,
  now: number,
): Reply {
  switch (fault.type) {
    case "status": {
      if (fault.body !== undefined)
        return { status: fault.status, body: fault.body, headers: fault.headers };
      // Token endpoints describe 400/401 in their own error body; everything else uses the API's.
      const reply =
        authRoute && (fault.status === 400 || fault.status === 401)
          ? authErrorReply(fault.status, "invalid_request", "injected fault")
          : apiErrorReply(fault.status, path, [{ message: "injected fault" }], now);
      return { ...reply, headers: fault.headers };
    }
    case "rateLimit":
      return {
        ...apiErrorReply(429, path, [{ message: "rate limit exceeded" }], now),
        headers: { "retry-after": String(fault.retryAfterSeconds) },
      };
    case "invalidJson":
      return {
        status: fault.status ?? 200,
        raw: '{"data": [{"extProjectId": ',
        contentType: "application/json",
      };
    case "html":
      return {
        status: fault.status ?? 502,
        raw: "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
        contentType: "text/html",
      };
    case "unauthorized":
      return {
        ...apiErrorReply(401, path, [{ message: "access token is invalid" }], now),
        headers: { "www-authenticate": "Bearer" },
      };
  }
}
