// `createDynuClient`: the shared provider client wired with Dynu's operations and defaults.
import {
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
  type ProviderDefinition,
} from "@provider-clients/auth";
import type { paths } from "./generated/openapi.js";
import { operations } from "./generated/operations.js";
import { dynuDefaultBaseUrl, dynuProvider } from "./provider.js";

/** Options for createDynuClient: `auth` from `dynuAuth`, plus the shared client options. */
export type DynuClientOptions = ClientOptions;

/** A typed Dynu client: openapi-fetch methods by path, `op.<operationId>()`, and `session`. */
export type DynuClient = ProviderClient<paths, typeof operations>;

const dynuDefinition: ProviderDefinition<typeof operations> = {
  provider: dynuProvider,
  defaultBaseUrl: dynuDefaultBaseUrl,
  operations,
};

/** Creates a Dynu API client; `baseUrl` defaults to https://api.dynu.com/v2. */
export function createDynuClient(options: DynuClientOptions): DynuClient {
  return createProviderClient<paths, typeof operations>(dynuDefinition, options);
}
