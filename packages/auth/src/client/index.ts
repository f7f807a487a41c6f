export { createProviderClient } from "./create-provider-client.js";
export type { Page } from "./paginate.js";
export { paginate } from "./paginate.js";
export { defaultApiRetry } from "./retrying-send.js";
export type {
  CallMethods,
  CallOptions,
  CallResponse,
  ClientOptions,
  ClientSession,
  EmptyErrorOf,
  OperationCalls,
  OperationMap,
  ProviderClient,
  ProviderDefinition,
  SessionState,
} from "./types.js";
