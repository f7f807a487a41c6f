// Projects: create, list, get, update (POST), buy and close.
import type { components } from "../../generated/index.js";
import { envelope, FakeHttpError } from "../fake-http.js";
import {
  applyLineItemFields,
  assertTransition,
  canTransition,
  checkLineItemBody,
  newLineItem,
  transition,
} from "../fake-line-item-rules.js";
import { expectEmptyAction, findLineItem, findProject } from "../fake-lookup.js";
import { filterBy, pageReply } from "../fake-pages.js";
import type { Route } from "../fake-router.js";
import type { FakeDynataState } from "../fake-state.js";
import { BodyCheck } from "../fake-validate.js";

type Schemas = components["schemas"];

const devices = new Set(["mobile", "desktop", "tablet"]);

// Checks the project-level fields shared by create and update.
function checkProjectFields(check: BodyCheck, create: boolean): void {
  check.field("extProjectId", "string", create);
  check.field("title", "string");
  check.field("jobNumber", "string");
  const category = check.field<Record<string, unknown>>("category", "object", create);
  if (category) {
    const c = new BodyCheck(category, "category");
    const topics = c.field<unknown[]>("surveyTopic", "array", true);
    if (topics && !topics.every((t) => typeof t === "string" && t !== "")) {
      c.problems.push({
        path: "category.surveyTopic",
        message: "surveyTopic must list non-empty strings",
      });
    }
    c.field("studyType", "array");
    check.include(c);
  }
  check.field("exclusions", "object");
  const list = check.field<unknown[]>("devices", "array");
  if (list && !list.every((d) => typeof d === "string" && devices.has(d))) {
    check.problems.push({ path: "devices", message: "devices must be mobile, desktop or tablet" });
  }
  check.field("notificationEmails", "array");
}

/** The project routes. */
export function projectRoutes(state: FakeDynataState): Route[] {
  return [
    {
      method: "GET",
      template: "/sample/v1/projects",
      kind: "api",
      handle(ctx) {
        const newestFirst = [...state.projects.values()].sort((a, b) => b.seq - a.seq);
        const projects = filterBy(
          newestFirst.map((r) => r.project),
          ctx.query,
          ["extProjectId", "title", "state", "jobNumber"],
        );
        return pageReply(projects, ctx);
      },
    },
    {
      method: "POST",
      template: "/sample/v1/projects",
      kind: "api",
      async handle(ctx) {
        const check = new BodyCheck(await ctx.json());
        checkProjectFields(check, true);
        const items = check.field<unknown[]>("lineItems", "array", true);
        if (items && items.length === 0)
          check.problems.push({ path: "lineItems", message: "lineItems needs at least one item" });
        for (const [i, item] of (items ?? []).entries()) {
          check.include(checkLineItemBody(item, true, `lineItems[${i}]`));
        }
        check.done();
        const body = check.value;
        const extProjectId = String(body.extProjectId);
        if (state.projects.has(extProjectId)) {
          throw new FakeHttpError(409, [
            { path: "extProjectId", message: `project ${extProjectId} already exists` },
          ]);
        }
        const ids = items!.map((item) => String((item as Record<string, unknown>).extLineItemId));
        if (new Set(ids).size !== ids.length) {
          throw new FakeHttpError(400, [
            { path: "lineItems", message: "extLineItemId values must be unique" },
          ]);
        }
        const now = state.timestamp();
        const project: Schemas["Project"] = {
          extProjectId,
          title: typeof body.title === "string" ? body.title : extProjectId,
          state: "PROVISIONED",
          author: { name: ctx.username, type: "USER", username: ctx.username },
          billing: { type: "PER_PROJECT" },
          category: body.category as Schemas["ProjectCategory"],
          devices: (body.devices as Schemas["Device"][] | undefined) ?? [
            "mobile",
            "desktop",
            "tablet",
          ],
          createdAt: now,
          updatedAt: now,
          stateLastUpdatedAt: now,
          launchedAt: null,
          closedAt: null,
        };
        for (const key of ["jobNumber", "exclusions", "notificationEmails"] as const) {
          if (body[key] !== undefined) (project as Record<string, unknown>)[key] = body[key];
        }
        const lineItems = new Map(
          items!.map((item) => {
            const created = newLineItem(item as Record<string, unknown>, now, state.origin);
            return [created.extLineItemId, created] as const;
          }),
        );
        const record = { project, lineItems, seq: state.nextProjectSeq() };
        state.projects.set(extProjectId, record);
        return envelope(state.projectView(record));
      },
    },
    {
      method: "GET",
      template: "/sample/v1/projects/{extProjectId}",
      kind: "api",
      handle(ctx) {
        return envelope(state.projectView(findProject(state, ctx.params.extProjectId!)));
      },
    },
    {
      method: "POST",
      template: "/sample/v1/projects/{extProjectId}",
      kind: "api",
      async handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const check = new BodyCheck(await ctx.json());
        checkProjectFields(check, false);
        const items = check.field<unknown[]>("lineItems", "array");
        for (const [i, item] of (items ?? []).entries()) {
          check.include(checkLineItemBody(item, false, `lineItems[${i}]`));
        }
        check.done();
        const body = check.value;
        if (body.extProjectId !== undefined && body.extProjectId !== record.project.extProjectId) {
          throw new FakeHttpError(400, [
            { path: "extProjectId", message: "extProjectId must match the path" },
          ]);
        }
        if (record.project.state === "CLOSED") {
          throw new FakeHttpError(409, [
            { path: "state", message: "a closed project cannot change" },
          ]);
        }
        const now = state.timestamp();
        for (const item of items ?? []) {
          const update = item as Record<string, unknown>;
          if (typeof update.extLineItemId !== "string") {
            throw new FakeHttpError(400, [
              { path: "lineItems", message: "each line item update needs extLineItemId" },
            ]);
          }
          applyLineItemFields(findLineItem(record, update.extLineItemId), update, now);
        }
        for (const key of [
          "title",
          "jobNumber",
          "category",
          "exclusions",
          "devices",
          "notificationEmails",
        ] as const) {
          if (body[key] !== undefined) (record.project as Record<string, unknown>)[key] = body[key];
        }
        record.project.updatedAt = now;
        return envelope(state.projectView(record));
      },
    },
    {
      method: "POST",
      template: "/sample/v1/projects/{extProjectId}/buy",
      kind: "api",
      async handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const body = await ctx.json();
        if (!Array.isArray(body) || body.length === 0) {
          throw new FakeHttpError(400, "the body must be a non-empty array of line items to buy");
        }
        const check = new BodyCheck({});
        body.forEach((entry, i) => {
          const c = new BodyCheck(entry, `[${i}]`);
          c.field("extLineItemId", "string", true);
          c.field("surveyURL", "string", true);
          c.field("surveyTestURL", "string", true);
          check.include(c);
        });
        check.done();
        const entries = body as Schemas["BuyLineItem"][];
        const items = entries.map((entry) => findLineItem(record, entry.extLineItemId));
        const now = state.timestamp();
        // All or nothing: check every transition before changing any item.
        for (const item of items) assertTransition(item, "buy");
        const result = entries.map((entry, i) => {
          const item = items[i]!;
          item.surveyURL = entry.surveyURL;
          item.surveyTestURL = entry.surveyTestURL;
          transition(item, "buy", now);
          return { extLineItemId: item.extLineItemId, state: item.state };
        });
        if (record.project.state === "PROVISIONED") {
          record.project.state = "AWAITING_APPROVAL";
          record.project.stateLastUpdatedAt = now;
        }
        record.project.updatedAt = now;
        return envelope(result);
      },
    },
    {
      method: "POST",
      template: "/sample/v1/projects/{extProjectId}/close",
      kind: "api",
      async handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        await expectEmptyAction(ctx);
        if (record.project.state === "CLOSED") {
          throw new FakeHttpError(409, [
            { path: "state", message: "the project is already closed" },
          ]);
        }
        const now = state.timestamp();
        for (const item of record.lineItems.values()) {
          if (canTransition(item, "close")) transition(item, "close", now);
        }
        Object.assign(record.project, {
          state: "CLOSED",
          closedAt: now,
          stateLastUpdatedAt: now,
          updatedAt: now,
        });
        return envelope(state.projectView(record));
      },
    },
  ];
}
