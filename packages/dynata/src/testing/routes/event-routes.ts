// Events: list, get, and the accept/reject decision on a pending one.
import { envelope, FakeHttpError } from "../fake-http.js";
import { expectEmptyAction } from "../fake-lookup.js";
import { filterBy, pageReply } from "../fake-pages.js";
import type { Route, RouteContext } from "../fake-router.js";
import type { FakeDynataState, FakeEvent } from "../fake-state.js";

function findEvent(state: FakeDynataState, raw: string): FakeEvent {
  const stored = /^\d+$/.test(raw) ? state.events.get(Number(raw)) : undefined;
  if (!stored)
    throw new FakeHttpError(404, [{ path: "eventId", message: `event ${raw} not found` }]);
  return stored;
}

/** The event routes. */
export function eventRoutes(state: FakeDynataState): Route[] {
  const decide = (decision: "accepted" | "rejected"): Route => ({
    method: "POST",
    template: `/sample/v1/events/{eventId}/${decision === "accepted" ? "accept" : "reject"}`,
    kind: "api",
    async handle(ctx: RouteContext) {
      const stored = findEvent(state, ctx.params.eventId!);
      await expectEmptyAction(ctx);
      if (stored.decision) {
        throw new FakeHttpError(409, [
          { path: "eventId", message: `event was already ${stored.decision}` },
        ]);
      }
      stored.decision = decision;
      delete stored.event.actions;
      const { extProjectId, extLineItemId, resource } = stored.event;
      const item = state.projects.get(extProjectId ?? "")?.lineItems.get(extLineItemId ?? "");
      const newPrice = resource?.costPerInterview?.newValue;
      if (decision === "accepted" && item && newPrice !== undefined) {
        item.costPerInterview = newPrice;
        item.updatedAt = state.timestamp();
      }
      return envelope({});
    },
  });
  return [
    {
      method: "GET",
      template: "/sample/v1/events",
      kind: "api",
      handle(ctx) {
        const newestFirst = [...state.events.values()].map((e) => e.event).reverse();
        return pageReply(
          filterBy(newestFirst, ctx.query, ["eventType", "extProjectId", "extLineItemId"]),
          ctx,
        );
      },
    },
    {
      method: "GET",
      template: "/sample/v1/events/{eventId}",
      kind: "api",
      handle(ctx) {
        return envelope(findEvent(state, ctx.params.eventId!).event);
      },
    },
    decide("accepted"),
    decide("rejected"),
  ];
}
