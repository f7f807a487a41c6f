// @provider-clients/dynu: a typed Dynu API v2 client with API-key and client-credentials auth.

export type { Secret, TokenSet, TokenStore } from "@provider-clients/auth";
export {
  ApiError,
  type EmptyErrorBody,
  NetworkError,
  OAuthError,
  ProviderClientError,
  ProviderClientErrorCode,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  ResponseParseError,
  TokenRequestError,
} from "@provider-clients/auth";
// The flows one by one: a bundle that imports only dynuApiKey leaves the token engine out.
export { dynuApiKey } from "./auth/api-key.js";
export { dynuClientCredentials } from "./auth/client-credentials.js";
export { type DynuClientCredentialsOptions, dynuAuth } from "./auth/index.js";
export { createDynuClient, type DynuClient, type DynuClientOptions } from "./client.js";
export { type DynuException, dynuExceptionOf } from "./errors.js";
// The spec's enums as runtime arrays (e.g. for a select box or a check), generated with the types.
export * from "./generated/enums.js";
export type { components, OperationId, operationTypes, paths } from "./generated/index.js";
export { operations } from "./generated/index.js";
export { dynuDefaultBaseUrl, dynuTokenLifetimeSeconds } from "./provider.js";
