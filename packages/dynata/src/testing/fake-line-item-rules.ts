// Line item rules a resource model can't express: which state changes are allowed, what a change sets, the price.

import { stateValues } from "../generated/enums.js";
import type { components } from "../generated/index.js";
import { apiTimestamp } from "./fake-envelope.js";

type LineItem = components["schemas"]["LineItem"];
type State = components["schemas"]["State"];

/** The actions that move a line item, and `update`, which only needs a state that is still open. */
export type LineItemAction = "buy" | "launch" | "pause" | "close" | "update";

// Every state a line item can still change from: all but the terminal ones.
const open = stateValues.filter(
  (s) => !["CLOSED", "COMPLETED", "INVOICED", "CANCELLED"].includes(s),
);

// Which states each action may start from, and where it leads.
const rules: Record<LineItemAction, { from: readonly State[]; to?: State }> = {
  buy: { from: ["PROVISIONED", "REJECTED"], to: "AWAITING_APPROVAL" },
  launch: { from: ["AWAITING_APPROVAL", "QA_APPROVED", "PAUSED"], to: "LAUNCHED" },
  pause: { from: ["LAUNCHED"], to: "PAUSED" },
  close: { from: open, to: "CLOSED" },
  update: { from: open },
};

// Fields the server owns: a create or update body never sets them.
const serverFields = new Set(
  "extLineItemId state stateReason costPerInterview endLinks createdAt updatedAt launchedAt stateLastUpdatedAt".split(
    " ",
  ),
);

/** Why `action` is refused in the item's state, or undefined when it is allowed. */
export function refusal(item: LineItem, action: LineItemAction): string | undefined {
  if (rules[action].from.includes(item.state)) return undefined;
  return `cannot ${action} line item ${item.extLineItemId} in state ${item.state}`;
}

/** Moves the item to the state `action` leads to (check `refusal` first). */
export function transition(
  item: LineItem,
  action: Exclude<LineItemAction, "update">,
  now: number,
): void {
  const at = apiTimestamp(now);
  item.state = rules[action].to!;
  item.stateLastUpdatedAt = at;
  item.updatedAt = at;
  if (action === "launch") item.launchedAt ??= at;
}

/** The price the fake quotes: longer and rarer interviews cost more. */
export function quotedCostPerInterview(
  item: Pick<LineItem, "lengthOfInterview" | "indicativeIncidence">,
): number {
  const loi = item.lengthOfInterview ?? 10;
  const incidence = item.indicativeIncidence ?? 50;
  return Math.round((1.5 + loi * 0.12 + (100 - incidence) * 0.04) * 100) / 100;
}

/** Copies the caller's fields onto `item` and reprices it. */
export function applyLineItemFields(item: LineItem, body: object, now: number): LineItem {
  for (const [key, value] of Object.entries(body)) {
    if (!serverFields.has(key) && value !== undefined && value !== null)
      (item as Record<string, unknown>)[key] = value;
  }
  item.costPerInterview = quotedCostPerInterview(item);
  item.updatedAt = apiTimestamp(now);
  return item;
}

/** A new line item in state PROVISIONED; `origin` is the fake's own URL, for the end links. */
export function newLineItem(body: object, now: number, origin: string): LineItem {
  const at = apiTimestamp(now);
  const exit = (rst: number) => `${origin}/respondent/exit?rst=${rst}`;
  const { extLineItemId } = body as LineItem;
  const item = { extLineItemId, state: "PROVISIONED", createdAt: at, stateLastUpdatedAt: at };
  const endLinks = { complete: exit(1), screenout: exit(2), overquota: exit(3) };
  Object.assign(item, { launchedAt: null, endLinks: { ...endLinks, securityLevel: "NONE" } });
  return applyLineItemFields(item as LineItem, body, now);
}

/** Completes wanted: the COMPLETE target, else requiredCompletes. */
export const completesOf = (item: LineItem) =>
  item.targets?.find((t) => t.type === "COMPLETE")?.count ?? item.requiredCompletes ?? 0;
