// A static API key sent as a query parameter (OpenAPI `type: apiKey, in: query`), never in a header.
import { queryKeySend } from "../client/query-key-send.js";
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { Secret, StaticAuth } from "../types.js";
import { checkQueryValue } from "./check-query-value.js";
import { resolveSecret } from "./resolve-secret.js";

/** Options for queryKeyAuth. */
export interface QueryKeyAuthOptions {
  provider: string;
  key: Secret;
  /** The query parameter that carries the key, e.g. `api_key` (the scheme's `name`). */
  param: string;
  /** Security scheme names from the spec this key satisfies. */
  schemes: readonly string[];
}

/**
 * A StaticAuth whose key is added to the URL as `param=<key>` just before fetch: logs, errors,
 * redirects and `response.url` see the URL without it (client/query-key-fetch.ts). A call that sets
 * `param` itself is refused, never overridden. The key is never stored on the object.
 */
export function queryKeyAuth(options: QueryKeyAuthOptions): StaticAuth {
  const { key, param } = options;
  const what = `${options.provider} API key`;
  if (typeof param !== "string" || param === "")
    throw new ProviderClientError(`${what}: the query parameter name is empty`, {
      code: "invalid_options",
    });
  // A bad string key fails here, at client creation, before any request exists.
  const fixed = typeof key === "string" && key !== "" ? checkQueryValue(key, what) : undefined;
  const value = () =>
    fixed ?? resolveSecret(key, what).then((resolved) => checkQueryValue(resolved, what));
  return {
    kind: "static",
    provider: options.provider,
    schemes: [...options.schemes],
    apply(): void {},
    query: {
      param,
      value,
      // The request path's part for a query key comes with it, so header-key bundles leave it out.
      layer: (inner, within) => queryKeySend({ param, value }, inner, within),
    },
  };
}
