// Builds `client.op.<operationId>(init)` on top of openapi-fetch's `request(method, path, init)`.
import type { Client } from "openapi-fetch";
import type { OperationCalls, OperationMap } from "./types.js";

/** One function per operationId that forwards to the client with the operation's method and path. */
export function operationCalls<Paths extends {}, Ops extends OperationMap>(
  client: Client<Paths>,
  operations: Ops,
): OperationCalls<Paths, Ops> {
  const calls: Record<string, (init?: unknown) => Promise<unknown>> = {};
  for (const [operationId, { method, path }] of Object.entries(operations)) {
    const request = client.request as (m: string, p: string, init?: unknown) => Promise<unknown>;
    calls[operationId] = (init) => request(method, path, init);
  }
  return calls as OperationCalls<Paths, Ops>;
}
