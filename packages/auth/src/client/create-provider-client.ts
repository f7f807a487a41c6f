// The one client factory behind every provider package: openapi-fetch + auth + timeouts + retries.
import createClient from "openapi-fetch";
import { systemClock } from "../clock/system-clock.js";
import type { Session } from "../session/session-types.js";
import type { Auth, StaticAuth } from "../types.js";
import { authorizedSend } from "./authorized-send.js";
import { operationCalls } from "./operation-calls.js";
import { retryingSend } from "./retrying-fetch.js";
import { routeTable } from "./route-table.js";
import { type Routing, routeCalls, routedFetch } from "./routed-calls.js";
import type { FetchLike, Send } from "./send.js";
import { staticSession } from "./static-session.js";
import { raiseErrorResults } from "./throwing-mode.js";
import { timeoutSend } from "./timeout-fetch.js";
import type {
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
  const userFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const attempt = timeoutSend(timeoutMs);
  const plain: Send =
    options.retry === false ? attempt : retryingSend(attempt, options.retry ?? {}, clock);

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
    });
    session = managed;
    credential = managed;
  }

  const routing: Routing = {
    table: routeTable(definition.operations, credential.schemes, baseUrl),
    authorized: authorizedSend(credential, plain),
    plain,
    fetch: userFetch as FetchLike,
    check: options.throwOnError
      ? raiseErrorResults(definition.provider, definition.requestIdOf ?? defaultRequestId)
      : undefined,
  };
  const client = createClient<Paths>({
    baseUrl,
    fetch: routedFetch(routing),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  routeCalls(client, routing);
  return Object.assign(client, {
    session,
    op: operationCalls(client, definition.operations),
    operations: definition.operations,
  });
}

/** The common request id headers, when a provider has no rule of its own. */
function defaultRequestId(response: Response): string | undefined {
  return response.headers.get("x-request-id") ?? response.headers.get("request-id") ?? undefined;
}
