// The one client factory behind every provider package: openapi-fetch + auth + timeouts + retries.
//
// The way of one call, top to bottom (each step is one file):
//
//   client.GET(path, init)   route-calls.ts     init sets signal/fetch/timeoutMs/retry? then a per-call
//        |                                      fetch carrying them; else openapi-fetch's own call
//   openapi-fetch            builds the Request (URL, query, body, headers) and calls the fetch:
//   sendRouted               routed-fetch.ts    (ordinary calls) finds the operation from the URL
//        |                   credential-rule.ts the one decision: does this operation carry the credential?
//   authorizedSend           authorized-send.ts sets the header; a session's 401 gets one replay
//   retryingSend             retrying-send.ts   429 any method; 5xx and network errors when idempotent
//   timeoutSend              timeout-send.ts    one attempt: a timer of its own, the fetch called unbound
//        |
//   back up: openapi-fetch parses the body; raise-error-results.ts throws ApiError (throwOnError).
import createClient from "openapi-fetch";
import { systemClock } from "../clock/system-clock.js";
import { createLog, environmentLogLevel } from "../logging/create-log.js";
import { requestLogging } from "../logging/request-logging.js";
import { credentialRule } from "../middleware/credential-rule.js";
import type { Session } from "../session/session-types.js";
import type { Auth, StaticAuth } from "../types.js";
import { authorizedSend } from "./authorized-send.js";
import { loggedSend } from "./logged-send.js";
import { operationCalls } from "./operation-calls.js";
import { operationIndex } from "./operation-index.js";
import { checkedPathSerializer } from "./path-params.js";
import { raiseErrorResults } from "./raise-error-results.js";
import { retryingSend } from "./retrying-send.js";
import { routeCalls } from "./route-calls.js";
import { routedFetch } from "./routed-fetch.js";
import type { Routing } from "./routing.js";
import type { FetchLike } from "./send.js";
import { settleResults } from "./settle-results.js";
import { staticSession } from "./static-session.js";
import { timeoutSend } from "./timeout-send.js";
import type {
  CallMethods,
  ClientOptions,
  ClientSession,
  OperationMap,
  ProviderClient,
  ProviderDefinition,
} from "./types.js";

const defaultTimeoutMs = 30_000;

/** Creates a typed client for one provider, wired to the shared token lifecycle. */
export function createProviderClient<Paths extends {}, Ops extends OperationMap>(
  definition: ProviderDefinition<Ops>,
  options: ClientOptions<Auth>,
): ProviderClient<Paths, Ops> {
  const clock = options.clock ?? systemClock;
  const baseUrl = (options.baseUrl ?? definition.defaultBaseUrl).replace(/\/+$/, "");
  // Kept as a plain function value and always called as `userFetch(...)`, never as a method.
  const userFetch: typeof fetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const limits = {
    maxBodyBytes: options.maxBodyBytes,
    timeoutCoversBody: options.timeoutCoversBody,
  };
  const index = operationIndex(definition.operations, baseUrl);
  const requestIdOf = definition.requestIdOf ?? defaultRequestId;
  const logLevel = options.logLevel ?? environmentLogLevel() ?? "off";
  const log = createLog(options.logger, logLevel);
  const logging =
    log &&
    requestLogging({
      log,
      clock,
      provider: definition.provider,
      operationIdOf: (request) => index.operationIdOf(request.method, index.specPathOf(request)),
      requestIdOf: (response) => requestIdOf(response, undefined),
    });
  const attempt = timeoutSend(timeoutMs, limits);
  const plain = retryingSend(
    logging ? loggedSend(attempt, logging) : attempt,
    options.retry ?? {},
    clock,
    logging,
  );

  let session: ClientSession;
  let credential: StaticAuth | Session;
  if (options.auth.kind === "static") {
    session = staticSession();
    credential = options.auth;
  } else {
    const { startSession } = options.auth;
    if (!startSession) {
      // Without it the engine would have to be bundled for every caller, static keys included.
      throw new TypeError(
        `the managed credential for "${options.auth.provider}" has no startSession; build it with managedAuth()`,
      );
    }
    const managed = startSession({
      auth: options.auth,
      baseUrl,
      fetch: userFetch,
      // Token requests get the same per-attempt timeout as API calls, body included; requestToken retries it.
      timeoutMs,
      store: options.store,
      onTokens: options.onTokens,
      clock,
      retry: options.retry === false ? { retries: 0 } : options.retry,
      logger: options.logger,
      logLevel,
    });
    session = managed;
    credential = managed;
  }

  const routing: Routing = {
    index,
    carries: credentialRule(index.securityOf, credential.schemes),
    authorized: authorizedSend(credential, plain, index.contains),
    plain,
    fetch: userFetch as FetchLike,
    settle: settleResults(definition.provider, index),
    check: options.throwOnError ? raiseErrorResults(definition.provider, requestIdOf) : undefined,
  };
  const client = createClient<Paths>({
    baseUrl,
    pathSerializer: checkedPathSerializer,
    fetch: routedFetch(routing),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  routeCalls(client, routing);
  // routeCalls made every call method honour CallOptions, which openapi-fetch's types do not name.
  const calls = client as unknown as CallMethods<Paths>;
  return Object.assign(calls, {
    session,
    op: operationCalls(client, definition.operations),
    operations: definition.operations,
  });
}

/** The common request id headers, when a provider has no rule of its own. */
function defaultRequestId(response: Response): string | undefined {
  return response.headers.get("x-request-id") ?? response.headers.get("request-id") ?? undefined;
}
