// The fake API's answer shapes: `{ data }`, `{ message }` errors and `{ message, errors }` validation failures.

import type { FakeDnsimpleState } from "../fake-state.js";
import type { FakeReply, FakeRequest, RouteContext } from "../router.js";

/** 200 (or `status`) with `{ data }`. */
export const dataReply = (data: unknown, status = 200): FakeReply => ({ status, body: { data } });

/** 204 without a body. */
export const noContent = (): FakeReply => ({ status: 204 });

/** An error answer with the vendor's `{ message }` body. */
export const messageReply = (status: number, message: string): FakeReply => ({
  status,
  body: { message },
});

/** 400 with a message and per-field error lists. */
export const validationFailed = (errors: Record<string, string[]>): FakeReply => ({
  status: 400,
  body: { message: "Validation failed", errors },
});

/** The request's JSON object body, or a 400 reply when it is not one. */
export function jsonObject(request: FakeRequest): Record<string, unknown> | FakeReply {
  if (!/^application\/json\b/i.test(request.contentType)) {
    return messageReply(400, "Request body must be application/json");
  }
  try {
    const parsed: unknown = JSON.parse(request.rawBody || "null");
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Falls through to the same answer as a non-object body.
  }
  return messageReply(400, "Request body must be a JSON object");
}

/** True when `value` is a reply rather than parsed input. */
export function isReply(value: unknown): value is FakeReply {
  return (
    typeof value === "object" &&
    value !== null &&
    "status" in value &&
    typeof value.status === "number"
  );
}

/** The account id in the path when the caller's token belongs to it; otherwise a 404 reply. */
export function ownAccount(context: RouteContext): number | FakeReply {
  const requested = context.params.account ?? "";
  if (String(context.grant.accountId) !== requested) {
    return messageReply(404, `Account \`${requested}\` not found`);
  }
  return context.grant.accountId;
}

/** Keeps items whose `name` contains the `name_like` query (case-insensitive), when given. */
export function filterNameLike<T extends { name: string }>(
  items: T[],
  query: URLSearchParams,
): T[] {
  const like = query.get("name_like")?.toLowerCase();
  return like ? items.filter((item) => item.name.toLowerCase().includes(like)) : items;
}

/** The routes' shared dependencies. */
export interface RouteDeps {
  state: FakeDnsimpleState;
}
