// The one client factory behind every provider package: openapi-fetch + auth + timeouts + retries.
import createClient from "openapi-fetch";
import { systemClock } from "../clock/system-clock.js";
import { createAuthMiddleware } from "../middleware/auth-middleware.js";
import type { Auth } from "../types.js";
import { operationCalls } from "./operation-calls.js";
import { retryingFetch } from "./retrying-fetch.js";
import { staticSession } from "./static-session.js";
import { throwOnErrorResults } from "./throwing-mode.js";
import { timeoutFetch, timeoutInitFetch } from "./timeout-fetch.js";
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
  const attempt = timeoutFetch(
    (request, signal) => userFetch(request, signal === request.signal ? undefined : { signal }),
    options.timeoutMs ?? defaultTimeoutMs,
  );
  const transport =
    options.retry === false ? attempt : retryingFetch(attempt, options.retry ?? {}, clock);
  const securityFor = securityLookup(definition.operations);

  let session: ClientSession;
  let credential: Parameters<typeof createAuthMiddleware>[0]["auth"];
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
      // Token requests get the same per-attempt timeout as API calls; requestToken retries it.
      fetch: timeoutInitFetch(userFetch, options.timeoutMs ?? defaultTimeoutMs),
      store: options.store,
      onTokens: options.onTokens,
      clock,
      retry: options.retry === false ? { retries: 0 } : options.retry,
    });
    session = managed;
    credential = managed;
  }

  const client = createClient<Paths>({
    baseUrl,
    fetch: transport,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(createAuthMiddleware({ auth: credential, securityFor, fetch: transport }));
  if (options.throwOnError) {
    throwOnErrorResults(client, definition.provider, definition.requestIdOf ?? defaultRequestId);
  }
  return Object.assign(client, {
    session,
    op: operationCalls(client, definition.operations),
    operations: definition.operations,
  });
}

/** Looks security up by method and spec path, as openapi-fetch reports them to middleware. */
function securityLookup(operations: OperationMap) {
  const byRoute = new Map<string, OperationMap[string]["security"]>();
  for (const op of Object.values(operations))
    byRoute.set(`${op.method.toUpperCase()} ${op.path}`, op.security);
  return (method: string, schemaPath: string) =>
    byRoute.get(`${method.toUpperCase()} ${schemaPath}`);
}

/** The common request id headers, when a provider has no rule of its own. */
function defaultRequestId(response: Response): string | undefined {
  return response.headers.get("x-request-id") ?? response.headers.get("request-id") ?? undefined;
}
