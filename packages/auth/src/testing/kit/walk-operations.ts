// Calls every operation of a fake once with plausible inputs and reports what came back against the spec.
import { declaredResponse, mismatchesOf } from "../../validate/check-answer.js";
import type { FakeProviderConfig } from "./config-types.js";
import type { KitItem } from "./resource-types.js";
import { sampleSchema } from "./sample-schema.js";
import type { FakeServer } from "./server-types.js";
import type { KitParameter } from "./spec-types.js";

/** One operation's call: its status, whether the spec declares it, and where the body differs from the spec. */
export interface WalkResult {
  operationId: string;
  method: string;
  path: string;
  status: number;
  declared: boolean;
  mismatches: string[];
}

/** Which ids to use: seeded items per resource (`seed` makes one of each when absent). */
export interface WalkOptions {
  /** Headers that carry a valid credential, e.g. `{ "API-Key": key }`. */
  headers: Record<string, string>;
  /** Query parameters that carry a valid credential, e.g. `{ api_key: key }` (added to every call). */
  query?: Readonly<Record<string, string>> | undefined;
  /** Parameter values by name that win over seeded ids and samples (the account and domain every path names). */
  values?: Readonly<Record<string, unknown>>;
  /** Request bodies by operationId that replace the sampled one (a real authorization code). */
  bodies?: Readonly<Record<string, unknown>>;
  /**
   * Parameter values by operationId that win over `values` (a line item in the state one action
   * needs); a `FormData` body in `bodies` goes out as multipart.
   */
  params?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
}

/** Seeds one item per resource model (parents first), calls every operation (deletes last) and reports each. */
export async function walkOperations(
  config: FakeProviderConfig,
  server: FakeServer,
  options: WalkOptions,
): Promise<WalkResult[]> {
  const seeded = seedOnePerModel(config, server);
  const ids = idsByOperation(config, seeded);
  // Deletes last, children's (longer paths) before their parents' so a cascade removes nothing still needed.
  const rank = (op: { method: string; path: string }) =>
    op.method === "delete" ? 10_000 - op.path.length : 0;
  const order = Object.entries(config.operations).sort(([, a], [, b]) => rank(a) - rank(b));
  const results: WalkResult[] = [];
  for (const [operationId, op] of order) {
    const spec = config.spec.operations[operationId];
    const sample = (schema: unknown, key: string) =>
      sampleSchema(schema as KitParameter["schema"], {
        schemas: config.spec.schemas,
        seed: 7,
        key: `${operationId}:${key}`,
        omit: "readOnly",
      });
    const value = (p: KitParameter) =>
      options.params?.[operationId]?.[p.name] ??
      options.values?.[p.name] ??
      ids.get(operationId)?.[p.name] ??
      sample(p.schema, p.name);
    const params = spec?.parameters ?? [];
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const param = params.find((p) => p.in === "path" && p.name === name);
      return encodeURIComponent(String(param ? value(param) : 1));
    });
    const query = new URLSearchParams(options.query);
    const headers: Record<string, string> = { ...options.headers };
    for (const p of params.filter((p) => p.required && p.in !== "path")) {
      const v = value(p);
      if (p.in === "query") for (const item of [v].flat()) query.append(p.name, String(item));
      if (p.in === "header") headers[p.name] = String(v);
    }
    const body = spec?.requestBody;
    const given = options.bodies?.[operationId];
    let payload: string | FormData | undefined;
    if (given instanceof FormData) payload = given;
    else if (body?.schema !== undefined) {
      const sampled = given ?? sample(body.schema, "body");
      const type = body.contentTypes[0] ?? "application/json";
      headers["content-type"] = type;
      payload = type.includes("x-www-form-urlencoded")
        ? new URLSearchParams(
            Object.entries(sampled as KitItem).map(([k, v]) => [k, String(v)]),
          ).toString()
        : JSON.stringify(sampled);
    }
    const search = query.size > 0 ? `?${query}` : "";
    const response = await fetch(`${server.url}${path}${search}`, {
      method: op.method.toUpperCase(),
      headers,
      // A redirect (an authorize page's) is the answer itself, not a page to follow.
      redirect: "manual",
      ...(payload === undefined ? {} : { body: payload }),
    });
    const text = await response.text();
    results.push(judge(config, operationId, op.method.toUpperCase(), path, response, text));
  }
  return results;
}

function judge(
  config: FakeProviderConfig,
  operationId: string,
  method: string,
  path: string,
  response: Response,
  text: string,
): WalkResult {
  const found = declaredResponse(config.responseValidators, operationId, response.status);
  const result = {
    operationId,
    method,
    path,
    status: response.status,
    declared: found !== undefined,
    mismatches: [] as string[],
  };
  if (!found?.validate) return result;
  let body: { kind: "json"; value: unknown } | { kind: "empty" } | { kind: "not JSON" };
  try {
    body = text === "" ? { kind: "empty" } : { kind: "json", value: JSON.parse(text) as unknown };
  } catch {
    body = { kind: "not JSON" };
  }
  result.mismatches = mismatchesOf(found.validate, body).map(
    (m) => `${m.pointer} ${m.keyword} ${m.expected}/${m.actual}`,
  );
  return result;
}

// Parents before children, so every child has a parent to live under.
function seedOnePerModel(config: FakeProviderConfig, server: FakeServer): Map<string, KitItem> {
  const seeded = new Map<string, KitItem>();
  const models = [...(config.resources ?? [])];
  while (models.length > 0) {
    const index = models.findIndex((m) => !m.parent || seeded.has(m.parent.resource));
    const [model] = models.splice(Math.max(index, 0), 1);
    if (!model) break;
    const existing = server.state(model.name)[0];
    const parent = model.parent ? seeded.get(model.parent.resource) : undefined;
    const parentId =
      parent && model.parent ? parent[idField(config, model.parent.resource)] : undefined;
    seeded.set(
      model.name,
      existing ?? server.seed(model.name, createBody(config, model.operations.create), parentId),
    );
  }
  return seeded;
}

// For each model operation: the item's id under its idParam, the parent's under its param.
function idsByOperation(
  config: FakeProviderConfig,
  seeded: Map<string, KitItem>,
): Map<string, Record<string, unknown>> {
  const ids = new Map<string, Record<string, unknown>>();
  for (const model of config.resources ?? []) {
    const item = seeded.get(model.name);
    if (!item) continue;
    const values: Record<string, unknown> = {
      [model.idParam ?? "id"]: item[model.idField ?? "id"],
    };
    if (model.parent) values[model.parent.param] = item[model.parent.field];
    for (const operationId of Object.values(model.operations)) {
      if (operationId !== undefined) ids.set(operationId, values);
    }
  }
  return ids;
}

// What a client would send to create one: the create operation's sampled body (so later updates agree with it).
function createBody(config: FakeProviderConfig, operationId: string | undefined): KitItem {
  const schema =
    operationId === undefined
      ? undefined
      : config.spec.operations[operationId]?.requestBody?.schema;
  if (schema === undefined) return {};
  const body = sampleSchema(schema, {
    schemas: config.spec.schemas,
    seed: 7,
    key: `${operationId}:body`,
    omit: "readOnly",
  });
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as KitItem) : {};
}

function idField(config: FakeProviderConfig, resource: string): string {
  return config.resources?.find((m) => m.name === resource)?.idField ?? "id";
}
