import { readdir, readFile } from "node:fs/promises";
import { afterEach, expect, it, vi } from "vitest";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { startFake } from "./support/fake.js";

const root = new URL("../", import.meta.url);

// Every ```ts block in the README, with the example file named in the comment line above it.
async function readmeBlocks(): Promise<{ file: string; code: string }[]> {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const pattern = /<!-- example: (examples\/[\w-]+\.ts) -->\n```ts\n([\s\S]*?)```/g;
  return [...readme.matchAll(pattern)].map((match) => ({ file: match[1]!, code: match[2]! }));
}

// Runs an example module against the fake server with the env vars it reads.
async function runExample(file: string, env: Record<string, string>): Promise<string[]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation(
    (...args: unknown[]) => void lines.push(args.join(" ")),
  );
  await import(new URL(file, root).href);
  return lines;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it("each README code block is exactly an example file, and every example file is in the README", async () => {
  const blocks = await readmeBlocks();
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  for (const block of blocks) {
    expect(block.code, block.file).toBe(await readFile(new URL(block.file, root), "utf8"));
  }
  const files = (await readdir(new URL("examples/", root))).map((name) => `examples/${name}`);
  expect(blocks.map((b) => b.file).sort()).toEqual(files.sort());
});

it("the API key example creates, renames and deletes a device and profile", async () => {
  const server = await startFake();
  const lines = await runExample("examples/api-key.ts", {
    ADGUARD_DNS_BASE_URL: server.url,
    ADGUARD_DNS_API_KEY: creds.apiKey,
  });
  expect(lines[0]).toBe("devices: 0 of 100");
  expect(lines[1]).toMatch(/^created Renamed phone, DNS-over-HTTPS: https:\/\/[0-9a-f]{8}\./);
  expect(server.state.apiRequests.map((r) => `${r.method} ${r.status}`)).toEqual([
    "GET 200",
    "POST 200",
    "POST 200",
    "PUT 200",
    "GET 200",
    "DELETE 200",
    "DELETE 200",
  ]);
  expect(server.state.resources.deviceRows()).toHaveLength(0);
});

it("the password example meets MFA, retries with the code and logs out", async () => {
  const server = await startFake();
  const lines = await runExample("examples/password-with-mfa.ts", {
    ADGUARD_DNS_BASE_URL: server.url,
    ADGUARD_DNS_USERNAME: creds.mfaUsername,
    ADGUARD_DNS_PASSWORD: creds.mfaPassword,
    ADGUARD_DNS_MFA_TOKEN: creds.mfaToken,
  });
  expect(lines).toEqual([`logged in as ${creds.mfaUsername}; 1 DNS server profile(s)`]);
  expect(server.state.tokenRequests.map((r) => r.outcome)).toEqual(["mfa_required", "issued"]);
  expect(server.state.revocations).toEqual([{ at: expect.any(Number), known: true }]);
});

it("the authorization code example goes through authorize, the PKCE exchange and revoke", async () => {
  const server = await startFake();
  const lines = await runExample("examples/authorization-code.ts", {
    ADGUARD_DNS_BASE_URL: server.url,
    ADGUARD_DNS_CLIENT_ID: creds.clientId,
    ADGUARD_DNS_REDIRECT_URI: creds.redirectUri,
  });
  expect(lines).toEqual(["authorized; 1 DNS server profile(s) in use"]);
  expect(server.state.tokenRequests.map((r) => `${r.grantType}:${r.outcome}`)).toEqual([
    "authorization_code:issued",
  ]);
  expect(server.state.revocations).toHaveLength(1);
});

it("the pagination example walks devices and the last hour of the query log", async () => {
  const server = await startFake();
  const serverId = server.state.resources.dnsServerRows()[0]!.value.id;
  for (let i = 0; i < 130; i++) {
    server.state.resources.addDevice({
      name: `host ${i}`,
      device_type: "LINUX",
      dns_server_id: serverId,
    });
  }
  server.state.seedQueryLog(240, { from: Date.now() - 30 * 60 * 1000, to: Date.now() - 1000 });
  const lines = await runExample("examples/pagination.ts", {
    ADGUARD_DNS_BASE_URL: server.url,
    ADGUARD_DNS_API_KEY: creds.apiKey,
  });
  expect(lines.at(-1)).toBe("130 device(s); 120 blocked request(s) in the last hour");
  const paths = server.state.apiRequests.map((r) => r.path);
  expect(paths.filter((p) => p === "/oapi/v2/devices")).toHaveLength(2);
  expect(paths.filter((p) => p === "/oapi/v1/query_log")).toHaveLength(3);
});

it("the fake server example shows one login, one refresh per expiry and the 401 replay", async () => {
  const lines = await runExample("examples/testing-with-the-fake-server.ts", {});
  expect(lines).toEqual(["status 200; password grants: 1, refreshes: 2"]);
});

it("the drift detection example reports a count sent as a string, and nothing on the fake's own answer", async () => {
  const lines = await runExample("examples/drift-detection.ts", {});
  expect(lines).toEqual([
    "device limit: 100",
    "getAccountLimits 200: /devices/used is string, the spec says integer",
    "device limit: 100",
  ]);
});
