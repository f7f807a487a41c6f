// A tiny provider for the kit's own tests: widgets under /api, a form token endpoint and an authorize page.
import type {
  FakeProviderConfig,
  KitSchema,
  KitSpec,
  RequestValidator,
  ResourceModel,
} from "../../src/testing/index.js";
import type { ResponseValidator } from "../../src/validate/types.js";

const widget = {
  type: "object",
  required: ["id", "name"],
  properties: {
    id: { type: "integer", readOnly: true },
    name: { type: "string" },
    color: { type: "string", enum: ["red", "green", "blue"] },
    createdAt: { type: "string", format: "date-time", readOnly: true },
    owner: { type: "string", format: "email" },
  },
};
const list = {
  type: "object",
  properties: {
    data: { type: "array", items: { $ref: "#/components/schemas/Widget" } },
    pagination: { type: "object" },
    next: { type: "string" },
  },
};
const one = { type: "object", properties: { data: { $ref: "#/components/schemas/Widget" } } };
const error = { type: "object", properties: { message: { type: "string" } } };
const json = (schema: KitSchema) => ({ contentType: "application/json", schema });
const idParam = { name: "id", in: "path" as const, required: true, schema: { type: "integer" } };

export const kitSpec: KitSpec = {
  schemas: { Widget: widget },
  operations: {
    listWidgets: { parameters: [], responses: { "200": json(list), "401": json(error) } },
    createWidget: {
      parameters: [],
      requestBody: {
        required: true,
        contentTypes: ["application/json"],
        schema: { $ref: "#/components/schemas/Widget" },
      },
      responses: { "201": json(one), "400": json(error) },
    },
    mineWidgets: { parameters: [], responses: { "200": json(list) } },
    getWidget: { parameters: [idParam], responses: { "200": json(one), "404": json(error) } },
    deleteWidget: { parameters: [idParam], responses: { "204": {} } },
    health: {
      parameters: [],
      responses: {
        "200": json({ type: "object", required: ["ok"], properties: { ok: { type: "boolean" } } }),
      },
    },
  },
};

const security = [{ bearer: [] }] as const;
export const kitOperations = {
  listWidgets: { method: "get", path: "/widgets", security },
  createWidget: { method: "post", path: "/widgets", security },
  mineWidgets: { method: "get", path: "/widgets/mine", security },
  getWidget: { method: "get", path: "/widgets/{id}", security },
  deleteWidget: { method: "delete", path: "/widgets/{id}", security },
  health: { method: "get", path: "/health", security: [] },
} as const;

// Hand-written stand-ins for the generated validators: enough of ajv's error shape for the kit.
function validator(
  check: (
    data: unknown,
  ) => { instancePath: string; keyword: string; params: Record<string, unknown> }[],
): RequestValidator & ResponseValidator {
  const fn = ((data: unknown) => {
    const errors = check(data);
    fn.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }) as RequestValidator & ResponseValidator;
  return fn;
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const widgetBody = validator((data) => {
  if (!isObject(data)) return [{ instancePath: "", keyword: "type", params: { type: "object" } }];
  const errors = [];
  if (typeof data.name !== "string")
    errors.push({ instancePath: "", keyword: "required", params: { missingProperty: "name" } });
  if (data.color !== undefined && !["red", "green", "blue"].includes(String(data.color))) {
    errors.push({ instancePath: "/color", keyword: "enum", params: {} });
  }
  return errors;
});
const idParams = validator((data) => {
  const path = (data as { path: Record<string, unknown> }).path;
  const n = Number(path.id);
  if (!Number.isInteger(n))
    return [{ instancePath: "/path/id", keyword: "type", params: { type: "integer" } }];
  path.id = n;
  return [];
});
const widgetAnswer = validator((data) => {
  const item = isObject(data) ? data.data : undefined;
  if (!isObject(item) || typeof item.id !== "number" || typeof item.name !== "string") {
    return [{ instancePath: "/data", keyword: "required", params: { missingProperty: "name" } }];
  }
  return [];
});
const anything = validator(() => []);
const health = validator((data) =>
  isObject(data) && typeof data.ok === "boolean"
    ? []
    : [{ instancePath: "/ok", keyword: "type", params: { type: "boolean" } }],
);

const models: ResourceModel[] = [
  {
    name: "widgets",
    itemAt: "data",
    listAt: "data",
    itemSchema: "Widget",
    label: "Widget",
    operations: {
      list: "listWidgets",
      create: "createWidget",
      read: "getWidget",
      delete: "deleteWidget",
    },
    pagination: {
      style: "page",
      page: "page",
      perPage: "per_page",
      defaultPerPage: 2,
      at: {
        page: "pagination.current_page",
        totalEntries: "pagination.total_entries",
        totalPages: "pagination.total_pages",
      },
    },
    derive(item, { now, created }) {
      if (created) item.createdAt = new Date(now()).toISOString();
    },
  },
];

/** The fixture provider; tests override parts (pagination, handlers) by spreading. */
export const kitConfig: FakeProviderConfig = {
  provider: "widgets",
  basePath: "/api",
  operations: kitOperations,
  spec: kitSpec,
  requestValidators: {
    createWidget: { body: widgetBody },
    getWidget: { parameters: idParams },
    deleteWidget: { parameters: idParams },
  },
  responseValidators: {
    listWidgets: { "200": anything, "401": anything },
    createWidget: { "201": widgetAnswer, "400": anything },
    mineWidgets: { "200": anything },
    getWidget: { "200": widgetAnswer, "404": anything },
    deleteWidget: { "204": null },
    health: { "200": health },
  },
  errors: {
    status: { "invalid-request": 422 },
    body: (e) => ({ message: e.message, kind: e.kind, problems: e.problems }),
  },
  auth: {
    apiKey: { header: "authorization", prefix: "ApiKey " },
    bearer: true,
    policy: {
      accessTokenTtlSeconds: 3600,
      refreshTokenTtlSeconds: 86_400,
      rotateRefreshTokens: true,
    },
    tokenEndpoints: [
      {
        method: "POST",
        path: "/oauth/token",
        grants: ["client_credentials", "password", "refresh_token", "authorization_code"],
      },
      { method: "POST", path: "/oauth/revoke", grants: ["revoke"] },
    ],
    authorize: { path: "/oauth/authorize", responseTypes: ["code", "token"] },
  },
  credentials: {
    apiKeys: ["key-1"],
    clients: [
      { clientId: "app", clientSecret: "app-secret", redirectUris: ["http://127.0.0.1/callback"] },
      { clientId: "spa", redirectUris: ["http://127.0.0.1/callback"] },
    ],
    users: [
      { username: "ada", password: "pw-ada" },
      { username: "bob", password: "pw-bob", mfaCode: "123456" },
    ],
  },
  resources: models,
};

/** Headers with the fixture's API key. */
export const withKey = { authorization: "ApiKey key-1" };
