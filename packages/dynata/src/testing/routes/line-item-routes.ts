// Line items of a project: list, add, get, update (POST) and the launch/pause/close state changes.
import { envelope, FakeHttpError } from "../fake-http.js";
import {
  applyLineItemFields,
  assertTransition,
  checkLineItemBody,
  newLineItem,
  transition,
} from "../fake-line-item-rules.js";
import { expectEmptyAction, findLineItem, findProject } from "../fake-lookup.js";
import { filterBy, pageReply } from "../fake-pages.js";
import type { Route, RouteContext } from "../fake-router.js";
import type { FakeDynataState } from "../fake-state.js";

const base = "/sample/v1/projects/{extProjectId}/lineItems";

/** The line item routes. */
export function lineItemRoutes(state: FakeDynataState): Route[] {
  const stateChange = (action: "launch" | "pause" | "close"): Route => ({
    method: "POST",
    template: `${base}/{extLineItemId}/${action}`,
    kind: "api",
    async handle(ctx: RouteContext) {
      const record = findProject(state, ctx.params.extProjectId!);
      const item = findLineItem(record, ctx.params.extLineItemId!);
      await expectEmptyAction(ctx);
      const now = state.timestamp();
      transition(item, action, now);
      if (action === "launch" && record.project.state !== "LAUNCHED") {
        Object.assign(record.project, { state: "LAUNCHED", stateLastUpdatedAt: now });
        record.project.launchedAt ??= now;
      }
      record.project.updatedAt = now;
      return envelope(item);
    },
  });
  return [
    {
      method: "GET",
      template: base,
      kind: "api",
      handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const items = filterBy([...record.lineItems.values()], ctx.query, [
          "extLineItemId",
          "title",
          "state",
          "stateReason",
          "countryISOCode",
          "languageISOCode",
        ]);
        return pageReply(items, ctx);
      },
    },
    {
      method: "POST",
      template: base,
      kind: "api",
      async handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const check = checkLineItemBody(await ctx.json(), true);
        check.done();
        const id = String(check.value.extLineItemId);
        if (record.lineItems.has(id)) {
          throw new FakeHttpError(409, [
            { path: "extLineItemId", message: `line item ${id} already exists` },
          ]);
        }
        if (record.project.state === "CLOSED") {
          throw new FakeHttpError(409, [
            { path: "state", message: "a closed project takes no new line items" },
          ]);
        }
        const item = newLineItem(check.value, state.timestamp(), state.origin);
        record.lineItems.set(id, item);
        return envelope(item);
      },
    },
    {
      method: "GET",
      template: `${base}/{extLineItemId}`,
      kind: "api",
      handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        return envelope(findLineItem(record, ctx.params.extLineItemId!));
      },
    },
    {
      method: "POST",
      template: `${base}/{extLineItemId}`,
      kind: "api",
      async handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const item = findLineItem(record, ctx.params.extLineItemId!);
        const check = checkLineItemBody(await ctx.json(), false);
        check.done();
        if (
          check.value.extLineItemId !== undefined &&
          check.value.extLineItemId !== item.extLineItemId
        ) {
          throw new FakeHttpError(400, [
            { path: "extLineItemId", message: "extLineItemId must match the path" },
          ]);
        }
        assertTransition(item, "update");
        applyLineItemFields(item, check.value, state.timestamp());
        return envelope(item);
      },
    },
    stateChange("launch"),
    stateChange("pause"),
    stateChange("close"),
  ];
}
