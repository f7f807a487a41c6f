// The defined outcome of each token-endpoint fault for each kind of flow.
import { OAuthError, TokenRequestError } from "@provider-clients/auth";
import type { RequestKind } from "../support/wire-log.js";
import type { TokenFault, TokenFlow } from "./token-flow.js";

/** Token requests by grant, exactly; kinds not named must be zero. */
export type TokenRequestCounts = Partial<Record<RequestKind, number>>;

/** What must happen. */
export type Expected =
  | {
      kind: "recovers";
      tokenRequests: TokenRequestCounts;
      /** A wait of exactly this many ms must appear among the clock's sleeps. */
      slept?: number;
    }
  | {
      kind: "fails";
      errorClass: abstract new (...args: never[]) => object;
      /** `code` of a ProviderClientError, or `name` of a DOMException. */
      code?: string;
      name?: string;
      status?: number;
      oauthError?: string;
      tokenRequests: TokenRequestCounts;
    };

/** How many times a fault fires: once (then the endpoint is healthy) or on every request. */
export type Times = 1 | "always";

/** Longest Retry-After the engine honours by default (DEFAULT_RETRY.maxRetryAfterMs). */
const maxRetryAfterSeconds = 60;
/** Attempts with the default policy: the first plus 3 retries. */
const attempts = 4;

/** The outcome `fault` (firing `times`) must have on `flow`. */
export function expectedOutcome(flow: TokenFlow, fault: TokenFault, times: Times): Expected {
  const own = flow.grant;
  const transient = (statusWhenExhausted: number | undefined): Expected =>
    times === 1
      ? { kind: "recovers", tokenRequests: { [own]: 2 } }
      : {
          kind: "fails",
          errorClass: TokenRequestError,
          code: "token_request_failed",
          status: statusWhenExhausted,
          tokenRequests: { [own]: attempts },
        };
  switch (fault.kind) {
    case "status":
      return transient(fault.status);
    case "html":
      return transient(502);
    case "reset":
      return transient(undefined);
    case "timeout":
      // exchangeCode has no timeoutMs: the caller's AbortSignal.timeout ends it, unretried.
      return flow.grant === "authorization_code"
        ? {
            kind: "fails",
            errorClass: DOMException,
            name: "TimeoutError",
            tokenRequests: { [own]: 1 },
          }
        : { kind: "recovers", tokenRequests: { [own]: 2 } };
    case "slow":
      return { kind: "recovers", tokenRequests: { [own]: 1 } };
    case "invalid-json":
      return {
        kind: "fails",
        errorClass: TokenRequestError,
        code: "invalid_token_response",
        status: 200,
        tokenRequests: { [own]: 1 },
      };
    case "oauth":
      if (flow.fallsBack) return { kind: "recovers", tokenRequests: { [own]: 1, password: 1 } };
      return {
        kind: "fails",
        errorClass: flow.errors?.oauth ?? OAuthError,
        code: "oauth_error",
        status: fault.status,
        oauthError: fault.error,
        tokenRequests: { [own]: 1 },
      };
    case "mfa":
      if (!flow.errors?.mfa) throw new Error(`${flow.name} supports mfa but names no errors.mfa`);
      return {
        kind: "fails",
        errorClass: flow.errors.mfa,
        code: "mfa_required",
        status: 401,
        oauthError: "unauthorized",
        tokenRequests: { [own]: 1 },
      };
    case "retry-after":
      return fault.seconds <= maxRetryAfterSeconds
        ? { kind: "recovers", tokenRequests: { [own]: 2 }, slept: fault.seconds * 1000 }
        : {
            kind: "fails",
            errorClass: TokenRequestError,
            code: "token_request_failed",
            status: 429,
            tokenRequests: { [own]: 1 },
          };
  }
}
