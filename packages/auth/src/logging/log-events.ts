// Every event the clients log: a stable name, its level and its fields (never a secret).

/** Fields every request event carries; `url` has secret-looking query values masked. */
interface RequestFields {
  provider: string;
  /** The spec's operationId, when the request is one of the provider's operations. */
  operationId: string | undefined;
  method: string;
  url: string;
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
}

/** Event name -> fields. Names and fields are part of the public API. */
export interface LogEvents {
  /** An API request is about to be sent. */
  "request.sent": RequestFields;
  /** An API request got an answer. */
  "request.answered": RequestFields & {
    status: number;
    durationMs: number;
    requestId: string | undefined;
  };
  /** An API request will be tried again after `delayMs`. */
  "request.retry": RequestFields & { reason: string; delayMs: number };
  /** The provider answered 429; the next try waits `waitMs`. */
  "rate_limit.reached": RequestFields & { waitMs: number };
  /** A token came from the primary grant (password, client credentials, code...). */
  "token.obtained": { provider: string; expiresAt: number | undefined };
  /** A token came from the refresh token. */
  "token.refreshed": { provider: string; expiresAt: number | undefined };
  /** A token kept in the store (by an earlier run or another process) is used. */
  "token.reused": { provider: string; source: "store"; expiresAt: number | undefined };
  /** The provider rejected the refresh token; the primary grant is tried when there is one. */
  "token.refresh_rejected": {
    provider: string;
    status: number | undefined;
    error: string | undefined;
  };
  /** Tokens were forgotten; `atProvider` says whether the provider was asked to revoke them. */
  "token.revoked": { provider: string; atProvider: boolean };
  /** No way left to get a token without the user. */
  "token.reauthentication_required": { provider: string; reason: string };
  /** The caller's `onTokens` callback threw; the tokens are stored all the same. */
  "callback.failed": { provider: string; callback: "onTokens"; error: string };
}

/** The name of a log event. */
export type LogEventName = keyof LogEvents;

/** The level each event is logged at. */
export const LOG_EVENT_LEVELS: Readonly<Record<LogEventName, "error" | "warn" | "info" | "debug">> =
  {
    "request.sent": "debug",
    "request.answered": "debug",
    "request.retry": "info",
    "rate_limit.reached": "warn",
    "token.obtained": "info",
    "token.refreshed": "info",
    "token.reused": "info",
    "token.refresh_rejected": "warn",
    "token.revoked": "info",
    "token.reauthentication_required": "error",
    "callback.failed": "warn",
  };
