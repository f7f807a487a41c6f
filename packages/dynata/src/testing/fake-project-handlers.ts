// Projects and their line items: creation, updates by POST, buying, state changes and closing.
import type { KitContext, KitHandler } from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";
import { apiTimestamp, byQuery, envelope, pageReply } from "./fake-envelope.js";
import { applyLineItemFields, newLineItem, refusal, transition } from "./fake-line-item-rules.js";

type Schemas = components["schemas"];
type Project = Schemas["Project"];
type LineItem = Schemas["LineItem"];

const projectFields = "title jobNumber category exclusions devices notificationEmails".split(" ");
const byItemFields = byQuery(
  "extLineItemId title state stateReason countryISOCode languageISOCode".split(" "),
);

type Answer<T extends unknown[]> = (ctx: KitContext, ...found: T) => ReturnType<KitHandler>;
const missing = (ctx: KitContext, what: string) => ctx.fail("not-found", `${what} not found`);
const itemIn = (project: Project, id: unknown) =>
  project.lineItems?.find((li) => li.extLineItemId === id);

/** Runs `answer` with the path's project, or answers 404. */
export const withProject =
  (answer: Answer<[Project]>): KitHandler =>
  (ctx) => {
    const id = ctx.request.params.extProjectId;
    const project = ctx.resources.get("projects", id) as Project | undefined;
    return project ? answer(ctx, project) : missing(ctx, `project ${id}`);
  };

/** Runs `answer` with the path's project and line item, or answers 404. */
const withLineItem = (answer: Answer<[Project, LineItem]>) =>
  withProject((ctx, project) => {
    const item = itemIn(project, ctx.request.params.extLineItemId);
    return item ? answer(ctx, project, item) : missing(ctx, "line item");
  });

/** Launch, pause or close one line item; a launch also launches its project. */
const stateChange = (action: "launch" | "pause" | "close") =>
  withLineItem((ctx, project, item) => {
    const refused = refusal(item, action);
    if (refused) return ctx.fail("conflict", refused);
    transition(item, action, ctx.now());
    if (action === "launch" && project.state !== "LAUNCHED") {
      Object.assign(project, { state: "LAUNCHED", stateLastUpdatedAt: item.launchedAt });
      project.launchedAt ??= item.launchedAt;
    }
    project.updatedAt = apiTimestamp(ctx.now());
    return envelope(item);
  });

/** Handlers by operationId; `origin()` is the fake's URL once it listens. */
export function projectHandlers(origin: () => string): Record<string, KitHandler> {
  return {
    projectsCreate(ctx) {
      const body = ctx.request.body as Schemas["CreateProjectRequest"];
      if (ctx.resources.get("projects", body.extProjectId)) {
        return ctx.fail("conflict", `project ${body.extProjectId} already exists`);
      }
      if (new Set(body.lineItems.map((li) => li.extLineItemId)).size < body.lineItems.length) {
        return ctx.fail("invalid-request", "extLineItemId values must be unique");
      }
      const at = apiTimestamp(ctx.now());
      const project = ctx.resources.create("projects", {
        ...body,
        ...{ title: body.title ?? body.extProjectId, state: "PROVISIONED" },
        author: { name: ctx.subject, type: "USER", username: ctx.subject },
        billing: { type: "PER_PROJECT" },
        devices: body.devices ?? ["mobile", "desktop", "tablet"],
        lineItems: body.lineItems.map((li) => newLineItem(li, ctx.now(), origin())),
        ...{ createdAt: at, updatedAt: at, stateLastUpdatedAt: at },
        ...{ launchedAt: null, closedAt: null },
      });
      return envelope(project);
    },
    projectsUpdate: withProject((ctx, project) => {
      const body = ctx.request.body as Schemas["UpdateProjectRequest"];
      if (project.state === "CLOSED") return ctx.fail("conflict", "a closed project cannot change");
      const updates = body.lineItems ?? [];
      const absent = updates.find((update) => !itemIn(project, update.extLineItemId));
      if (absent) return missing(ctx, `line item ${absent.extLineItemId}`);
      for (const update of updates)
        applyLineItemFields(itemIn(project, update.extLineItemId)!, update, ctx.now());
      const changes = Object.fromEntries(
        projectFields.map((k) => [k, body[k as keyof typeof body]]),
      );
      ctx.resources.update("projects", project.extProjectId, {
        ...changes,
        updatedAt: apiTimestamp(ctx.now()),
      });
      return envelope(project);
    }),
    projectsBuy: withProject((ctx, project) => {
      const entries = ctx.request.body as Schemas["BuyLineItem"][];
      const absent = entries.find((e) => !itemIn(project, e.extLineItemId));
      if (absent) return missing(ctx, `line item ${absent.extLineItemId}`);
      const items = entries.map((e) => itemIn(project, e.extLineItemId)!);
      // All or nothing: every transition is checked before any item changes.
      const refused = items.map((item) => refusal(item, "buy")).find(Boolean);
      if (refused) return ctx.fail("conflict", refused);
      const data = entries.map(({ surveyURL, surveyTestURL }, i) => {
        transition(Object.assign(items[i]!, { surveyURL, surveyTestURL }), "buy", ctx.now());
        return { extLineItemId: items[i]!.extLineItemId, state: items[i]!.state };
      });
      if (project.state === "PROVISIONED") project.state = "AWAITING_APPROVAL";
      project.updatedAt = project.stateLastUpdatedAt = apiTimestamp(ctx.now());
      return envelope(data);
    }),
    projectsClose: withProject((ctx, project) => {
      if (project.state === "CLOSED") return ctx.fail("conflict", "the project is already closed");
      for (const item of project.lineItems ?? []) {
        if (!refusal(item, "close")) transition(item, "close", ctx.now());
      }
      const at = apiTimestamp(ctx.now());
      Object.assign(project, {
        state: "CLOSED",
        closedAt: at,
        stateLastUpdatedAt: at,
        updatedAt: at,
      });
      return envelope(project);
    }),
    lineItemsListLineItems: withProject((ctx, project) =>
      pageReply(byItemFields(project.lineItems ?? [], ctx.request.query), ctx),
    ),
    lineItemsCreate: withProject((ctx, project) => {
      const body = ctx.request.body as Schemas["CreateLineItemRequest"];
      if (itemIn(project, body.extLineItemId)) return ctx.fail("conflict", "the line item exists");
      if (project.state === "CLOSED") return ctx.fail("conflict", "the project is closed");
      const item = newLineItem(body, ctx.now(), origin());
      project.lineItems = [...(project.lineItems ?? []), item];
      return envelope(item);
    }),
    lineItemsGet: withLineItem((_ctx, _project, item) => envelope(item)),
    lineItemsUpdate: withLineItem((ctx, _project, item) => {
      const refused = refusal(item, "update");
      if (refused) return ctx.fail("conflict", refused);
      return envelope(applyLineItemFields(item, ctx.request.body as object, ctx.now()));
    }),
    lineItemsLaunch: stateChange("launch"),
    lineItemsPause: stateChange("pause"),
    lineItemsClose: stateChange("close"),
  };
}
