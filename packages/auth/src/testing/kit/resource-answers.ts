// Answers list, create, read, update and delete operations from the resource models.
import type { KitContext, KitHandler } from "./config-types.js";
import { setAt } from "./dotted.js";
import { pageOf } from "./paginate.js";
import type { KitReply } from "./request-types.js";
import { itemSchemaOf } from "./resource-store.js";
import type { KitItem, ResourceModel } from "./resource-types.js";
import { resolveRef } from "./sample-schema.js";
import type { KitSchema, KitSpec } from "./spec-types.js";

type Role = keyof ResourceModel["operations"];

/** A handler for every operation some model names; undefined for the others (they fall through). */
export function modelHandlers(
  models: readonly ResourceModel[],
  spec: KitSpec,
): Map<string, KitHandler> {
  const handlers = new Map<string, KitHandler>();
  for (const model of models) {
    const readOnly = readOnlyFields(itemSchemaOf(model, spec), spec.schemas);
    for (const [role, operationId] of Object.entries(model.operations) as [
      Role,
      string | undefined,
    ][]) {
      if (operationId !== undefined)
        handlers.set(operationId, (ctx) => answer(models, model, role, ctx, readOnly));
    }
  }
  return handlers;
}

function answer(
  models: readonly ResourceModel[],
  model: ResourceModel,
  role: Role,
  ctx: KitContext,
  readOnly: ReadonlySet<string>,
): KitReply {
  const { params } = ctx.request;
  const parentId = model.parent ? params[model.parent.param] : undefined;
  if (model.parent && ctx.resources.get(model.parent.resource, parentId) === undefined) {
    const parent = models.find((m) => m.name === model.parent?.resource);
    return ctx.fail("not-found", `${parent?.label ?? model.parent.resource} not found.`);
  }
  if (role === "list") {
    const all = ctx.resources.list(model.name, parentId);
    const page = pageOf(
      model.narrow ? model.narrow(all, ctx.request.query) : all,
      model.pagination,
      ctx.request.query,
    );
    const reply = ctx.sample();
    const body = clone(reply.body);
    const placed = setAt(body, model.listAt ?? "", page.items);
    for (const [path, value] of page.figures) setAt(placed ? body : {}, path, value);
    return { ...reply, body: placed ? body : page.items };
  }
  if (role === "create") {
    const item = ctx.resources.create(
      model.name,
      writable(model, readOnly, ctx.request.body),
      parentId,
    );
    return withItem(model, ctx.sample(model.createdStatus), item);
  }
  const id = params[model.idParam ?? "id"];
  const existing = ctx.resources.get(model.name, id);
  const belongs = !model.parent || String(existing?.[model.parent.field]) === String(parentId);
  if (!existing || !belongs)
    return ctx.fail("not-found", `${model.label ?? model.name} not found.`);
  if (role === "read") return withItem(model, ctx.sample(), existing);
  if (role === "update") {
    const item = ctx.resources.update(model.name, id, writable(model, readOnly, ctx.request.body));
    return withItem(model, ctx.sample(), item ?? existing);
  }
  ctx.resources.remove(model.name, id);
  return ctx.sample();
}

/** The request body's fields a client may set. */
function writable(model: ResourceModel, readOnly: ReadonlySet<string>, body: unknown): KitItem {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  const fixed = new Set([
    model.idField ?? "id",
    ...(model.parent ? [model.parent.field] : []),
    ...(model.readOnly ?? []),
    ...readOnly,
  ]);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !fixed.has(key)));
}

/** The sampled answer with the item at `itemAt` (merged into the body for ""). */
function withItem(model: ResourceModel, reply: KitReply, item: KitItem): KitReply {
  // An answer the spec declares without a body (AdGuard DNS's updates) stays empty.
  if (reply.body === undefined) return reply;
  const body = clone(reply.body);
  const at = model.itemAt ?? "";
  if (at === "")
    return {
      ...reply,
      body: typeof body === "object" && body !== null ? { ...body, ...item } : item,
    };
  setAt(body, at, item);
  return { ...reply, body };
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** Properties the schema marks `readOnly` (through `$ref`s and `allOf` parts). */
function readOnlyFields(schema: KitSchema, schemas: KitSpec["schemas"]): Set<string> {
  const out = new Set<string>();
  const visit = (raw: KitSchema, depth: number) => {
    const resolved = resolveRef(raw, schemas);
    for (const [name, property] of Object.entries(
      (resolved.properties ?? {}) as Record<string, KitSchema>,
    )) {
      if (resolveRef(property, schemas).readOnly === true) out.add(name);
    }
    if (depth < 8) for (const part of (resolved.allOf ?? []) as KitSchema[]) visit(part, depth + 1);
  };
  visit(schema, 0);
  return out;
}
