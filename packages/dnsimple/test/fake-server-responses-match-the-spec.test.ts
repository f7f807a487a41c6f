import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { authorizedExchange, tokenRequestBody } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
let spec: SpecValidator;
beforeAll(async () => {
  server = await startFakeDnsimpleServer({ rateLimit: { limit: 1000 } });
  spec = await createSpecValidator("dnsimple");
});
afterAll(() => server.close());

interface Call {
  method: string;
  /** The spec's path template. */
  template: string;
  params?: Record<string, string | number>;
  body?: unknown;
  token?: string | null;
  query?: string;
}

// Sends one request to the fake and validates the answer against our spec.
async function check(call: Call): Promise<{ status: number; body: unknown }> {
  let path = call.template;
  for (const [name, value] of Object.entries(call.params ?? {})) {
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const token = call.token === undefined ? server.accessToken : call.token;
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${server.url}${path}${call.query ?? ""}`, {
    method: call.method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const text = await response.text();
  const body = text === "" ? undefined : (JSON.parse(text) as unknown);
  const result = spec.validateResponse({
    method: call.method,
    path: call.template,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body,
  });
  expect(result.problems, `${call.method} ${call.template} -> ${response.status}`).toEqual([]);
  expect(response.headers.get("x-ratelimit-limit")).toBe("1000");
  return { status: response.status, body };
}

describe("every route of the fake DNSimple answers as our spec says", () => {
  it("identity: whoami for account and user tokens, accounts, 401 and 429", async () => {
    expect((await check({ method: "GET", template: "/whoami" })).status).toBe(200);
    const user = server.seed("users", { email: "person@example.test" });
    const userToken = server.tokens.issue(`user:${String(user.id)}`).accessToken;
    expect((await check({ method: "GET", template: "/whoami", token: userToken })).status).toBe(
      200,
    );
    expect((await check({ method: "GET", template: "/accounts" })).status).toBe(200);
    expect((await check({ method: "GET", template: "/whoami", token: null })).status).toBe(401);
    server.faults.inject({ kind: "rate-limited", path: "/v2/whoami" });
    expect((await check({ method: "GET", template: "/whoami" })).status).toBe(429);
  });

  it("domains and zones: list, create, get, activation, delete, and their errors", async () => {
    const account = server.account.id;
    const created = await check({
      method: "POST",
      template: "/{account}/domains",
      params: { account },
      body: { name: "spec-check.test" },
    });
    expect(created.status).toBe(201);
    const bad = {
      method: "POST",
      template: "/{account}/domains",
      params: { account },
      body: { name: "" },
    };
    expect((await check(bad)).status).toBe(400);
    const list = {
      method: "GET",
      template: "/{account}/domains",
      params: { account },
      query: "?per_page=1",
    };
    expect((await check(list)).status).toBe(200);
    const domain = { account, domain: "spec-check.test" };
    expect(
      (await check({ method: "GET", template: "/{account}/domains/{domain}", params: domain }))
        .status,
    ).toBe(200);
    const zone = { account, zone: "spec-check.test" };
    expect(
      (await check({ method: "GET", template: "/{account}/zones", params: { account } })).status,
    ).toBe(200);
    expect(
      (await check({ method: "GET", template: "/{account}/zones/{zone}", params: zone })).status,
    ).toBe(200);
    const activation = "/{account}/zones/{zone}/activation";
    expect((await check({ method: "DELETE", template: activation, params: zone })).status).toBe(
      200,
    );
    expect((await check({ method: "PUT", template: activation, params: zone })).status).toBe(200);
    expect(
      (await check({ method: "DELETE", template: "/{account}/domains/{domain}", params: domain }))
        .status,
    ).toBe(204);
    for (const template of ["/{account}/domains/{domain}"]) {
      expect((await check({ method: "GET", template, params: domain })).status).toBe(404);
      expect((await check({ method: "DELETE", template, params: domain })).status).toBe(404);
    }
    expect(
      (await check({ method: "GET", template: "/{account}/zones/{zone}", params: zone })).status,
    ).toBe(404);
    expect((await check({ method: "PUT", template: activation, params: zone })).status).toBe(404);
  });

  it("zone records: list, create, get, update, delete, and their errors", async () => {
    const account = server.account.id;
    server.seed("domains", { name: "records-check.test" }, account);
    const zone = { account, zone: "records-check.test" };
    const records = "/{account}/zones/{zone}/records";
    const one = "/{account}/zones/{zone}/records/{zonerecord}";
    expect(
      (await check({ method: "GET", template: records, params: zone, query: "?type=NS" })).status,
    ).toBe(200);
    const created = await check({
      method: "POST",
      template: records,
      params: zone,
      body: { name: "www", type: "A", content: "192.0.2.1", ttl: 600 },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: number } }).data.id;
    const bad = await check({
      method: "POST",
      template: records,
      params: zone,
      body: { type: "NOPE" },
    });
    expect(bad.status).toBe(400);
    const missingZone = { account, zone: "absent.test" };
    const valid = { name: "", type: "TXT", content: "v=spf1 -all" };
    expect(
      (await check({ method: "POST", template: records, params: missingZone, body: valid })).status,
    ).toBe(404);
    const record = { ...zone, zonerecord: id };
    expect((await check({ method: "GET", template: one, params: record })).status).toBe(200);
    const patched = await check({
      method: "PATCH",
      template: one,
      params: record,
      body: { content: "192.0.2.2" },
    });
    expect(patched.status).toBe(200);
    expect(
      (await check({ method: "PATCH", template: one, params: record, body: { ttl: -1 } })).status,
    ).toBe(400);
    expect((await check({ method: "DELETE", template: one, params: record })).status).toBe(204);
    expect((await check({ method: "GET", template: one, params: record })).status).toBe(404);
    expect((await check({ method: "PATCH", template: one, params: record, body: {} })).status).toBe(
      404,
    );
    expect((await check({ method: "DELETE", template: one, params: record })).status).toBe(404);
  });

  it("the token endpoint: 200, 400 invalid_grant and 401 invalid_client", async () => {
    const body = tokenRequestBody(await authorizedExchange(server));
    const token = { method: "POST", template: "/oauth/access_token", token: null };
    expect((await check({ ...token, body })).status).toBe(200);
    expect((await check({ ...token, body })).status).toBe(400);
    expect((await check({ ...token, body: { ...body, client_secret: "wrong" } })).status).toBe(401);
  });
});
