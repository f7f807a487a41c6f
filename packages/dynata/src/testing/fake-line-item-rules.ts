// Line item bodies and states: what a create or update may carry and which state changes are allowed.
import type { components } from "../generated/index.js";
import { FakeHttpError } from "./fake-http.js";
import { BodyCheck } from "./fake-validate.js";

type Schemas = components["schemas"];
type LineItem = Schemas["LineItem"];
type State = Schemas["State"];

const deliveryTypes = new Set(["SLOW", "BALANCED", "FAST"]);

// Fields a caller may set; everything else (state, prices, links, times) is the server's.
const writable = [
  "title",
  "countryISOCode",
  "languageISOCode",
  "surveyURL",
  "surveyTestURL",
  "surveyURLParams",
  "surveyTestURLParams",
  "indicativeIncidence",
  "daysInField",
  "lengthOfInterview",
  "deliveryType",
  "requiredCompletes",
  "quotaPlan",
  "sources",
  "targets",
  "fieldSchedule",
] as const;

/** Checks a line item body; `create` makes the vendor's required fields required. */
export function checkLineItemBody(body: unknown, create: boolean, prefix = ""): BodyCheck {
  const check = new BodyCheck(body, prefix);
  check.field("extLineItemId", "string", create);
  check.field("title", "string");
  check.isoCode("countryISOCode", create);
  check.isoCode("languageISOCode", create);
  check.field("surveyURL", "string");
  check.field("surveyTestURL", "string");
  check.field("surveyURLParams", "array");
  check.field("surveyTestURLParams", "array");
  check.range("indicativeIncidence", "number", 0, 100, create);
  check.range("daysInField", "integer", 0, 365, create);
  check.range("lengthOfInterview", "integer", 0, 600, create);
  check.range("requiredCompletes", "integer", 0, 1_000_000);
  const delivery = check.field<string>("deliveryType", "string");
  if (delivery !== undefined && !deliveryTypes.has(delivery)) {
    check.problems.push({
      path: "deliveryType",
      message: "deliveryType must be SLOW, BALANCED or FAST",
    });
  }
  check.field("quotaPlan", "object");
  check.field("sources", "array");
  check.field("fieldSchedule", "object");
  const targets = check.field<unknown[]>("targets", "array", create);
  targets?.forEach((target, i) => {
    const t = new BodyCheck(target, `${prefix ? `${prefix}.` : ""}targets[${i}]`);
    t.range("count", "integer", 0, 1_000_000, true);
    const type = t.field<string>("type", "string", true);
    if (type !== undefined && type !== "COMPLETE")
      t.problems.push({ path: `targets[${i}].type`, message: "type must be COMPLETE" });
    check.include(t);
  });
  return check;
}

/** The price the fake quotes: longer and rarer interviews cost more. */
export function quotedCostPerInterview(
  item: Pick<LineItem, "lengthOfInterview" | "indicativeIncidence">,
): number {
  const loi = item.lengthOfInterview ?? 10;
  const incidence = item.indicativeIncidence ?? 50;
  return Math.round((1.5 + loi * 0.12 + (100 - incidence) * 0.04) * 100) / 100;
}

/** A new line item in state PROVISIONED from a checked create body. */
export function newLineItem(body: Record<string, unknown>, now: string, origin: string): LineItem {
  const item = {
    extLineItemId: String(body.extLineItemId),
    state: "PROVISIONED",
    createdAt: now,
    updatedAt: now,
    stateLastUpdatedAt: now,
    launchedAt: null,
  } as LineItem;
  applyLineItemFields(item, body, now);
  item.endLinks = {
    complete: `${origin}/respondent/exit?rst=1`,
    screenout: `${origin}/respondent/exit?rst=2`,
    overquota: `${origin}/respondent/exit?rst=3`,
    securityLevel: "NONE",
  };
  return item;
}

/** Copies the caller-writable fields present in `body` onto `item` and reprices it. */
export function applyLineItemFields(
  item: LineItem,
  body: Record<string, unknown>,
  now: string,
): void {
  const target = item as unknown as Record<string, unknown>;
  for (const field of writable) {
    if (body[field] !== undefined && body[field] !== null) target[field] = body[field];
  }
  item.costPerInterview = quotedCostPerInterview(item);
  item.updatedAt = now;
}

// Which states each action may start from.
const from: Record<"buy" | "launch" | "pause" | "close" | "update", readonly State[]> = {
  buy: ["PROVISIONED", "REJECTED"],
  launch: ["AWAITING_APPROVAL", "QA_APPROVED", "PAUSED"],
  pause: ["LAUNCHED"],
  close: [
    "PROVISIONED",
    "AWAITING_APPROVAL",
    "AWAITING_APPROVAL_PAUSED",
    "AWAITING_CLIENT_APPROVAL",
    "QA_APPROVED",
    "REJECTED",
    "REJECTED_PAUSED",
    "LAUNCHED",
    "PAUSED",
  ],
  update: [
    "PROVISIONED",
    "AWAITING_APPROVAL",
    "AWAITING_APPROVAL_PAUSED",
    "AWAITING_CLIENT_APPROVAL",
    "QA_APPROVED",
    "REJECTED",
    "REJECTED_PAUSED",
    "LAUNCHED",
    "PAUSED",
  ],
};

const outcome: Record<"buy" | "launch" | "pause" | "close", State> = {
  buy: "AWAITING_APPROVAL",
  launch: "LAUNCHED",
  pause: "PAUSED",
  close: "CLOSED",
};

/** Whether `action` is allowed from the item's state. */
export function canTransition(item: LineItem, action: keyof typeof from): boolean {
  return from[action].includes(item.state);
}

/** Throws 409 unless `action` is allowed from the item's state. */
export function assertTransition(item: LineItem, action: keyof typeof from): void {
  if (!canTransition(item, action)) {
    throw new FakeHttpError(409, [
      {
        path: "state",
        message: `cannot ${action} line item ${item.extLineItemId} in state ${item.state}`,
      },
    ]);
  }
}

/** Moves the item to the state `action` leads to. */
export function transition(item: LineItem, action: keyof typeof outcome, now: string): void {
  assertTransition(item, action);
  item.state = outcome[action];
  item.stateLastUpdatedAt = now;
  item.updatedAt = now;
  if (action === "launch" && !item.launchedAt) item.launchedAt = now;
}
