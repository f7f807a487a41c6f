// The fake's stored resources: items with sampled defaults, ids from one counter, parents and cascades.
import type { KitItem, ResourceModel, ResourceStore } from "./resource-types.js";
import { resolveRef, sampleSchema } from "./sample-schema.js";
import type { KitSchema, KitSpec } from "./spec-types.js";

/** What the store needs besides the models. */
export interface StoreContext {
  spec: KitSpec;
  seed: number;
  now(): number;
}

/** A store for `models`; unknown resource names throw, naming the known ones. */
export function createResourceStore(
  models: readonly ResourceModel[],
  context: StoreContext,
): ResourceStore {
  const items = new Map<string, Map<string, KitItem>>(models.map((m) => [m.name, new Map()]));
  const counters = new Map<string, number>();
  const model = (name: string): ResourceModel => {
    const found = models.find((m) => m.name === name);
    if (!found)
      throw new Error(
        `no resource "${name}" (known: ${models.map((m) => m.name).join(", ") || "none"})`,
      );
    return found;
  };
  const idField = (m: ResourceModel) => m.idField ?? "id";
  const nextId = (m: ResourceModel): string | number => {
    const ids = m.ids ?? { kind: "integer" as const };
    // Integer ids share one counter unless a model starts its own, so ids are unique across the fake.
    const counter = ids.kind === "integer" && ids.start === undefined ? "" : m.name;
    const start = ids.kind === "integer" ? (ids.start ?? 100_001) : 1;
    const n = counters.get(counter) ?? start;
    counters.set(counter, n + 1);
    return ids.kind === "string" ? `${ids.prefix}${n}` : n;
  };
  // By id, then by the model's other key fields.
  const find = (m: ResourceModel, id: unknown): KitItem | undefined => {
    const all = items.get(m.name)!;
    const byId = all.get(String(id));
    if (byId || !m.keys) return byId;
    return [...all.values()].find((item) => m.keys!.some((k) => String(item[k]) === String(id)));
  };
  const schemaOf = (m: ResourceModel): KitSchema => itemSchemaOf(m, context.spec);

  const store: ResourceStore = {
    list(resource, parentId) {
      const m = model(resource);
      const all = [...items.get(m.name)!.values()];
      if (parentId === undefined || !m.parent) return all;
      return all.filter((item) => String(item[m.parent!.field]) === String(parentId));
    },
    get(resource, id) {
      return find(model(resource), id);
    },
    create(resource, fields, parentId) {
      const m = model(resource);
      const n = nextId(m);
      const sampled = sampleSchema(schemaOf(m), {
        schemas: context.spec.schemas,
        seed: context.seed,
        key: `${m.name}#${n}`,
      });
      const item: KitItem = { ...(isObject(sampled) ? sampled : {}), ...m.defaults, ...fields };
      // A client-chosen id is the item's own (or its sampled one, for seeds that leave it out).
      const id = m.ids?.kind === "given" ? item[idField(m)] : n;
      item[idField(m)] = id;
      if (m.parent && parentId !== undefined) item[m.parent.field] = parentId;
      m.derive?.(item, { now: context.now, store, created: true });
      items.get(m.name)!.set(String(id), item);
      return item;
    },
    update(resource, id, changes) {
      const m = model(resource);
      const item = find(m, id);
      if (!item) return undefined;
      const fixed = new Set([
        idField(m),
        ...(m.parent ? [m.parent.field] : []),
        ...(m.readOnly ?? []),
      ]);
      for (const [key, value] of Object.entries(changes)) {
        if (!fixed.has(key) && value !== undefined) item[key] = value;
      }
      m.derive?.(item, { now: context.now, store, created: false });
      return item;
    },
    remove(resource, id) {
      const m = model(resource);
      const item = find(m, id);
      if (!item) return false;
      items.get(m.name)!.delete(String(item[idField(m)]));
      for (const child of models.filter((c) => c.parent?.resource === m.name)) {
        for (const childItem of store.list(child.name, item[idField(m)])) {
          store.remove(child.name, childItem[idField(child)]);
        }
      }
      return true;
    },
  };
  return store;
}

/** The item schema: named, or the read (else create) answer's first 2xx JSON schema at `itemAt`. */
export function itemSchemaOf(m: ResourceModel, spec: KitSpec): KitSchema {
  if (m.itemSchema !== undefined) return spec.schemas[m.itemSchema] ?? {};
  const operationId = m.operations.read ?? m.operations.create;
  const responses =
    operationId === undefined ? {} : (spec.operations[operationId]?.responses ?? {});
  const success = Object.entries(responses).find(
    ([status, r]) => status.startsWith("2") && r.schema,
  );
  const schema = success?.[1].schema ?? {};
  return schemaAt(schema, m.itemAt ?? "", spec.schemas);
}

/** The schema of the value at a dotted path (through `$ref`s and `allOf` parts). */
export function schemaAt(schema: KitSchema, path: string, schemas: KitSpec["schemas"]): KitSchema {
  let current = schema;
  for (const segment of path.split(".").filter(Boolean)) {
    current = propertySchema(resolveRef(current, schemas), segment, schemas) ?? {};
  }
  return current;
}

function propertySchema(
  schema: Record<string, unknown>,
  name: string,
  schemas: KitSpec["schemas"],
): KitSchema | undefined {
  const properties = schema.properties as Record<string, KitSchema> | undefined;
  if (properties?.[name] !== undefined) return properties[name];
  for (const part of (schema.allOf ?? []) as KitSchema[]) {
    const found = propertySchema(resolveRef(part, schemas), name, schemas);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isObject(value: unknown): value is KitItem {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
