// Reprice events: what a seeded event becomes, and the buyer's accept or reject decision on it.
import type {
  KitHandler,
  KitItem,
  ResourceModel,
  ResourceStore,
} from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";
import { apiTimestamp, byQuery, envelope, offsetPaging } from "./fake-envelope.js";

type Event = components["schemas"]["Event"];
type Project = components["schemas"]["Project"];

const lineItemOf = (store: ResourceStore, event: Event) =>
  (store.get("projects", event.extProjectId) as Project | undefined)?.lineItems?.find(
    (li) => li.extLineItemId === event.extLineItemId,
  );

/**
 * Events, newest first. `seed("events", { extProjectId, extLineItemId, resource: { costPerInterview:
 * { newValue } } })` raises a reprice awaiting a decision, as Dynata does when incidence or length drift.
 */
export function eventModel(origin: () => string): ResourceModel {
  return {
    name: "events",
    idField: "eventId",
    idParam: "eventId",
    ids: { kind: "integer", start: 1 },
    operations: { list: "eventsList", read: "eventsGet" },
    itemAt: "data",
    listAt: "data",
    pagination: offsetPaging,
    narrow: byQuery(["eventType", "extProjectId", "extLineItemId"], true),
    derive(item: KitItem, { now, store }) {
      const event = item as unknown as Event;
      const newValue = event.resource?.costPerInterview?.newValue ?? 0;
      const previousValue = lineItemOf(store, event)?.costPerInterview ?? 0;
      const url = (action: string) => `${origin()}/sample/v1/events/${event.eventId}/${action}`;
      Object.assign(event, {
        eventType: "LineItem:RepriceTriggered",
        resource: {
          costPerInterview: { previousValue, newValue },
          currency: "USD",
          reason: "LOI_CHANGE",
        },
        actions: { acceptURL: url("accept"), rejectURL: url("reject") },
        createdAt: apiTimestamp(now()),
      });
    },
  };
}

/** Accept applies the new price to the line item; either decision ends the event's actions. */
const decide =
  (accepted: boolean): KitHandler =>
  (ctx) => {
    const event = ctx.resources.get("events", ctx.request.params.eventId) as Event | undefined;
    if (!event) return ctx.fail("not-found", `event ${ctx.request.params.eventId} not found`);
    if (!event.actions) return ctx.fail("conflict", "the event was already decided");
    delete event.actions;
    const item = lineItemOf(ctx.resources, event);
    const price = event.resource?.costPerInterview?.newValue;
    if (accepted && item && price !== undefined) {
      item.costPerInterview = price;
      item.updatedAt = apiTimestamp(ctx.now());
    }
    return envelope({});
  };

/** Handlers by operationId. */
export const eventHandlers = { eventsAccept: decide(true), eventsReject: decide(false) };
