import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { DynataClient } from "../src/index.js";
import { fakeDynataUser } from "../src/testing/index.js";
import {
  type DynataFixture,
  lineItemBody,
  projectBody,
  repriceEvent,
  startDynataFixture,
} from "./support/dynata-fixture.js";

interface Observed {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

let fx: DynataFixture;
let validator: SpecValidator;
const observed: Observed[] = [];

// Reads a body the way the validator wants it: parsed JSON, or the raw text/bytes.
async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status === 204) return undefined;
  if (/json/.test(type)) return response.json();
  if (type === "application/pdf") return new Uint8Array(await response.arrayBuffer());
  return response.text();
}

async function record(method: string, path: string, response: Response): Promise<void> {
  observed.push({
    method,
    path,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await readBody(response.clone()),
  });
}

// Token endpoints are called directly: they are outside the openapi-fetch client's middleware.
async function auth(
  path: string,
  body: unknown,
  contentType = "application/json",
): Promise<Response> {
  const response = await fetch(`${fx.server.url}${path}`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: JSON.stringify(body),
  });
  await record("POST", path, response);
  return response;
}

function observedClient(): DynataClient {
  const client = fx.client({ retry: false });
  client.use({
    async onResponse({ request, response, schemaPath }) {
      await record(request.method, schemaPath, response);
      return undefined;
    },
  });
  return client;
}

beforeAll(async () => {
  validator = await createSpecValidator("dynata");
  fx = await startDynataFixture();
  const client = observedClient();
  const p = { extProjectId: "spec-p" };
  const li = { ...p, extLineItemId: "li-1" };

  // Auth: success and failure answers of every token endpoint.
  const issued = (await (
    await auth("/auth/v1/token/password", { clientId: "api", ...fakeDynataUser })
  ).json()) as {
    accessToken: string;
    refreshToken: string;
  };
  await auth("/auth/v1/token/password", { clientId: "api", username: "demo-user" });
  await auth("/auth/v1/token/password", {
    clientId: "api",
    username: "demo-user",
    password: "wrong",
  });
  const rotated = (await (
    await auth("/auth/v1/token/refresh", { clientId: "api", refreshToken: issued.refreshToken })
  ).json()) as {
    accessToken: string;
    refreshToken: string;
  };
  await auth("/auth/v1/token/refresh", { clientId: "api", refreshToken: issued.refreshToken });
  await auth("/auth/v1/logout", { clientId: "api" });
  await auth("/auth/v1/logout", { clientId: "api", ...rotated });

  // Projects and line items through their whole life.
  await client.POST("/sample/v1/projects", { body: projectBody("spec-p", 2) });
  await client.POST("/sample/v1/projects", { body: projectBody("spec-p") });
  await client.POST("/sample/v1/projects", { body: { extProjectId: "bad" } as never });
  await client.GET("/sample/v1/projects", { params: { query: { limit: 1 } } });
  await client.GET("/sample/v1/projects/{extProjectId}", { params: { path: p } });
  await client.GET("/sample/v1/projects/{extProjectId}", {
    params: { path: { extProjectId: "nope" } },
  });
  await client.POST("/sample/v1/projects/{extProjectId}", {
    params: { path: p },
    body: { title: "Changed" },
  });
  await client.GET("/sample/v1/projects/{extProjectId}/feasibility", { params: { path: p } });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems", {
    params: { path: p },
    body: lineItemBody("li-3"),
  });
  await client.GET("/sample/v1/projects/{extProjectId}/lineItems", {
    params: { path: p, query: { limit: 2 } },
  });
  await client.GET("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}", {
    params: { path: li },
  });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}", {
    params: { path: li },
    body: { daysInField: 5 },
  });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}/launch", {
    params: { path: li },
    body: {},
  });
  await client.POST("/sample/v1/projects/{extProjectId}/buy", {
    params: { path: p },
    body: [
      {
        extLineItemId: "li-1",
        surveyURL: "https://s.example/a",
        surveyTestURL: "https://s.example/b",
      },
    ],
  });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}/launch", {
    params: { path: li },
    body: {},
  });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}/pause", {
    params: { path: li },
    body: {},
  });
  await client.POST("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}/close", {
    params: { path: li },
    body: {},
  });
  await client.GET("/sample/v1/projects/{extProjectId}/invoices", {
    params: { path: p },
    parseAs: "arrayBuffer",
  });
  await client.POST("/sample/v1/projects/{extProjectId}/close", { params: { path: p }, body: {} });
  await client.GET("/sample/v1/projects/{extProjectId}/invoices", {
    params: { path: p },
    parseAs: "arrayBuffer",
  });
  await client.GET("/sample/v1/projects/invoices/summary", { parseAs: "arrayBuffer" });

  // Events.
  await client.POST("/sample/v1/projects", { body: projectBody("spec-ev", 2) });
  const e1 = fx.server.seed("events", repriceEvent("spec-ev", "li-1", 4));
  const e2 = fx.server.seed("events", repriceEvent("spec-ev", "li-2", 5));
  await client.GET("/sample/v1/events", { params: { query: { limit: 1 } } });
  await client.GET("/sample/v1/events/{eventId}", {
    params: { path: { eventId: String(e1.eventId) } },
  });
  await client.POST("/sample/v1/events/{eventId}/accept", {
    params: { path: { eventId: String(e1.eventId) } },
    body: {},
  });
  await client.POST("/sample/v1/events/{eventId}/reject", {
    params: { path: { eventId: String(e2.eventId) } },
    body: {},
  });
  await client.POST("/sample/v1/events/{eventId}/reject", {
    params: { path: { eventId: String(e2.eventId) } },
    body: {},
  });

  // Reference data, the user, templates.
  await client.GET("/sample/v1/countries", { params: { query: { limit: 5, offset: 5 } } });
  await client.GET("/sample/v1/countries", { params: { query: { limit: 500 } } });
  await client.GET("/sample/v1/attributes/{countryIsoCode}/{languageIsoCode}", {
    params: { path: { countryIsoCode: "US", languageIsoCode: "en" } },
  });
  await client.GET("/sample/v1/users/info");
  const template = await client.POST("/sample/v1/templates/quotaPlan", {
    body: {
      name: "T",
      description: "D",
      countryISOCode: "US",
      languageISOCode: "en",
      quotaPlan: { filters: [] },
    },
  });
  const id = template.data!.data.id;
  await client.GET("/sample/v1/templates/quotaPlan/{country}/{lang}", {
    params: { path: { country: "US", lang: "en" } },
  });
  await client.POST("/sample/v1/templates/quotaPlan/{id}", {
    params: { path: { id } },
    body: { name: "T2" },
  });
  await client.DELETE("/sample/v1/templates/quotaPlan/{id}", { params: { path: { id } } });

  // Rate limiting and server errors as the fake injects them.
  fx.server.faults.inject({
    kind: "rate-limited",
    method: "GET",
    path: "/sample/v1/countries",
    retryAfterSeconds: 1,
  });
  await client.GET("/sample/v1/countries");
  fx.server.faults.inject({
    kind: "status",
    method: "GET",
    path: "/sample/v1/countries",
    status: 500,
  });
  await client.GET("/sample/v1/countries");

  // No token at all.
  const bare = await fetch(`${fx.server.url}/sample/v1/projects`);
  await record("GET", "/sample/v1/projects", bare);
});

afterAll(() => fx.close());

test("every answer the fake gave is declared by the spec, status, media type and body", () => {
  const failures = observed
    .map((o) => ({
      route: `${o.method} ${o.path} -> ${o.status}`,
      ...validator.validateResponse(o),
    }))
    .filter((r) => !r.ok)
    .map((r) => `${r.route}: ${r.problems.join("; ")}`);
  expect(failures).toEqual([]);
});

test("the error statuses the spec declares were exercised too", () => {
  const statuses = new Set(observed.map((o) => o.status));
  for (const status of [400, 401, 404, 409, 429, 500]) expect(statuses).toContain(status);
});

test("the check is not vacuous: bodies that break the schema are reported", () => {
  const inline = validator.validateResponse({
    method: "GET",
    path: "/sample/v1/projects/{extProjectId}",
    status: 200,
    contentType: "application/json",
    body: { data: { title: 1 }, status: { message: "success" } },
  });
  expect(inline.ok).toBe(false);
  const viaRef = validator.validateResponse({
    method: "POST",
    path: "/auth/v1/token/password",
    status: 200,
    contentType: "application/vnd.token+json",
    body: { access_token: "snake-case-is-not-dynata" },
  });
  expect(viaRef.ok).toBe(false);
});
