// createDynataClient: the generated Dynata operations on the shared client factory.
import type { Auth } from "@provider-clients/auth";
import {
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
} from "@provider-clients/auth";
import type { paths } from "./generated/index.js";
import { operations, servers } from "./generated/index.js";
import { dynataRequestId } from "./request-id.js";

/** The production host (the spec's first server); paths carry their `/auth/v1` and `/sample/v1` prefixes. */
export const dynataDefaultBaseUrl: string = servers[0];

/** Options for createDynataClient; pass `baseUrl: "https://api.researchnow.com"` for the older host. */
export type DynataClientOptions = ClientOptions<Auth>;

/** The typed Dynata client: openapi-fetch methods, `session` and `op.<operationId>()`. */
export type DynataClient = ProviderClient<paths, typeof operations>;

/** Creates a Dynata Demand API client wired to the token lifecycle of `options.auth`. */
export function createDynataClient(options: DynataClientOptions): DynataClient {
  return createProviderClient<paths, typeof operations>(
    {
      provider: "dynata",
      defaultBaseUrl: dynataDefaultBaseUrl,
      operations,
      requestIdOf: dynataRequestId,
    },
    options,
  );
}
