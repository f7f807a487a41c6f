import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  fakeAdGuardDnsCredentials as creds,
  type FakeAdGuardDnsServer,
  startFakeAdGuardDnsServer,
} from "../src/testing/index.js";
import { seedQueryLog } from "./support/fake.js";

let server: FakeAdGuardDnsServer;
let validator: SpecValidator;
const checked = new Set<string>();

beforeAll(async () => {
  server = await startFakeAdGuardDnsServer({ limits: { devices: 2 } });
  validator = await createSpecValidator("adguard-dns");
});
afterAll(() => server.close());

// Sends one request and checks the answer against the spec operation at `template`.
async function call(
  method: string,
  template: string,
  path: string,
  options: { json?: unknown; form?: Record<string, string>; auth?: boolean } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers = new Headers();
  if (options.auth !== false) headers.set("authorization", `ApiKey ${creds.apiKey}`);
  let body: string | undefined;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  }
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const contentType = response.headers.get("content-type");
  const parsed = text === "" ? undefined : /json/.test(contentType ?? "") ? JSON.parse(text) : text;
  const check = validator.validateResponse({
    method,
    path: template,
    status: response.status,
    contentType,
    body: parsed,
  });
  expect(check.problems, `${method} ${path} -> ${response.status}`).toEqual([]);
  checked.add(`${method} ${template} ${response.status}`);
  return { status: response.status, body: parsed, headers: response.headers };
}

it("every token, revoke and authorize answer matches the spec", async () => {
  const tokens = await call("POST", "/oapi/v1/oauth_token", "/oapi/v1/oauth_token", {
    auth: false,
    form: { grant_type: "password", username: creds.username, password: creds.password },
  });
  expect(tokens.status).toBe(200);
  const refresh = (tokens.body as { refresh_token: string }).refresh_token;
  expect(
    (
      await call("POST", "/oapi/v1/oauth_token", "/oapi/v1/oauth_token", {
        auth: false,
        form: { grant_type: "refresh_token", refresh_token: refresh },
      })
    ).status,
  ).toBe(200);
  const failures: Record<string, string>[] = [
    { grant_type: "password", username: creds.username, password: "wrong" },
    { grant_type: "password", username: creds.mfaUsername, password: creds.mfaPassword },
    { grant_type: "refresh_token", refresh_token: refresh },
    { grant_type: "password" },
    { grant_type: "client_credentials" },
    { username: creds.username },
  ];
  const statuses = [];
  for (const form of failures) {
    statuses.push(
      (await call("POST", "/oapi/v1/oauth_token", "/oapi/v1/oauth_token", { auth: false, form }))
        .status,
    );
  }
  expect(statuses).toEqual([401, 401, 401, 400, 400, 400]);
  const revoke = await call(
    "POST",
    "/oapi/v1/revoke_token",
    `/oapi/v1/revoke_token?refresh_token=${refresh}`,
    {
      auth: false,
    },
  );
  expect(revoke.status).toBe(200);

  for (const type of ["code", "token"]) {
    const query = new URLSearchParams({
      client_id: creds.clientId,
      response_type: type,
      redirect_uri: creds.redirectUri,
      state: "s",
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
    });
    const answer = await call(
      "GET",
      "/oapi/v1/oauth_authorize",
      `/oapi/v1/oauth_authorize?${query}`,
      { auth: false },
    );
    expect(answer.status).toBe(302);
  }
});

it("every implemented API route's answers match the spec", async () => {
  const limits = await call("GET", "/oapi/v1/account/limits", "/oapi/v1/account/limits");
  expect(limits.status).toBe(200);
  const servers = await call("GET", "/oapi/v1/dns_servers", "/oapi/v1/dns_servers");
  const serverId = (servers.body as { id: string }[])[0]!.id;
  const created = await call("POST", "/oapi/v1/dns_servers", "/oapi/v1/dns_servers", {
    json: { name: "Spec check", settings: { block_ttl_seconds: 5 } },
  });
  const newServer = (created.body as { id: string }).id;
  await call("POST", "/oapi/v1/dns_servers", "/oapi/v1/dns_servers", { json: { name: "" } });
  const one = "/oapi/v1/dns_servers/{dns_server_id}";
  await call("GET", one, `/oapi/v1/dns_servers/${newServer}`);
  await call("GET", one, "/oapi/v1/dns_servers/none");
  await call("PUT", one, `/oapi/v1/dns_servers/${newServer}`, { json: { name: "Renamed" } });
  await call("PUT", one, `/oapi/v1/dns_servers/${newServer}`, { json: { name: "" } });
  await call("PUT", one, "/oapi/v1/dns_servers/none", { json: { name: "x" } });
  const settings = "/oapi/v1/dns_servers/{dns_server_id}/settings";
  await call("GET", settings, `/oapi/v1/dns_servers/${newServer}/settings`);
  await call("GET", settings, "/oapi/v1/dns_servers/none/settings");
  await call("PUT", settings, `/oapi/v1/dns_servers/${newServer}/settings`, {
    json: { block_ttl_seconds: 7 },
  });
  await call("PUT", settings, `/oapi/v1/dns_servers/${newServer}/settings`, {
    json: { block_ttl_seconds: -1 },
  });
  await call("PUT", settings, "/oapi/v1/dns_servers/none/settings", { json: {} });

  const devices = "/oapi/v1/devices";
  const device = await call("POST", devices, devices, {
    json: { name: "Phone", device_type: "ANDROID", dns_server_id: serverId },
  });
  const deviceId = (device.body as { id: string }).id;
  await call("POST", devices, devices, {
    json: { name: "Tablet", device_type: "IOS", dns_server_id: newServer },
  });
  await call("POST", devices, devices, {
    json: { name: "Limit", device_type: "IOS", dns_server_id: serverId },
  });
  await call("POST", devices, devices, {
    json: { name: "Bad", device_type: "TOASTER", dns_server_id: serverId },
  });
  await call("GET", devices, devices);
  const oneDevice = "/oapi/v1/devices/{device_id}";
  await call("GET", oneDevice, `/oapi/v1/devices/${deviceId}`);
  await call("GET", oneDevice, "/oapi/v1/devices/none");
  await call("PUT", oneDevice, `/oapi/v1/devices/${deviceId}`, { json: { name: "Phone 2" } });
  await call("PUT", oneDevice, `/oapi/v1/devices/${deviceId}`, { json: { dns_server_id: "none" } });
  await call("PUT", oneDevice, "/oapi/v1/devices/none", { json: {} });
  for (const file of ["doh", "dot"]) {
    const template = `/oapi/v1/devices/{device_id}/${file}.mobileconfig`;
    const profile = await call(
      "GET",
      template,
      `/oapi/v1/devices/${deviceId}/${file}.mobileconfig`,
    );
    expect(profile.headers.get("content-type")).toBe("application/x-apple-aspen-config");
    await call("GET", template, `/oapi/v1/devices/none/${file}.mobileconfig`);
  }

  await call("GET", "/oapi/v2/devices", "/oapi/v2/devices?limit=1");
  const page = await call("GET", "/oapi/v2/dns_servers", "/oapi/v2/dns_servers?limit=1");
  const next = (page.body as { navigation: { next?: { page_cursor: string } } }).navigation.next!
    .page_cursor;
  await call(
    "GET",
    "/oapi/v2/dns_servers",
    `/oapi/v2/dns_servers?cursor=${encodeURIComponent(next)}`,
  );

  const now = server.clock.now();
  seedQueryLog(server, 30);
  const log = await call(
    "GET",
    "/oapi/v1/query_log",
    `/oapi/v1/query_log?time_from_millis=${now - 3_600_000}&time_to_millis=${now}&limit=10`,
  );
  const pages = (log.body as { pages: { page_cursor: string; page_number: number }[] }).pages;
  const second = pages.find((p) => p.page_number === 2)!.page_cursor;
  await call(
    "GET",
    "/oapi/v1/query_log",
    `/oapi/v1/query_log?time_from_millis=${now - 3_600_000}&time_to_millis=${now}&cursor=${second}`,
  );
  await call("DELETE", "/oapi/v1/query_log", "/oapi/v1/query_log");

  await call("DELETE", oneDevice, `/oapi/v1/devices/${deviceId}`);
  await call("DELETE", oneDevice, `/oapi/v1/devices/${deviceId}`);
  await call("DELETE", one, `/oapi/v1/dns_servers/${newServer}`);
  await call("DELETE", one, `/oapi/v1/dns_servers/${newServer}`);

  expect([...checked].filter((entry) => entry.includes("/oapi/v1/devices ")).sort()).toEqual([
    "GET /oapi/v1/devices 200",
    "POST /oapi/v1/devices 200",
    "POST /oapi/v1/devices 400",
    "POST /oapi/v1/devices 429",
  ]);
});
