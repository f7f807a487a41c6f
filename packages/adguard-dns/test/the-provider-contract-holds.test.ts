import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeProviderContract } from "@provider-clients/scripts/provider-contract";
import { expect } from "vitest";
import { createFileTokenStore } from "../src/file-store.js";
import { adguardDnsAuth, createAdGuardDnsClient } from "../src/index.js";
import {
  adguardDnsFakeConfig,
  fakeAdGuardDnsCredentials as creds,
  type FakeAdGuardDnsServer,
  startFakeAdGuardDnsServer,
} from "../src/testing/index.js";
import {
  apiRequests,
  grantCount,
  revocations,
  seedQueryLog,
  tokenRequests,
} from "./support/fake.js";

const apiLog = (server: FakeAdGuardDnsServer) =>
  apiRequests(server).map((r) => `${r.method} ${r.status}`);

describeProviderContract<FakeAdGuardDnsServer>({
  provider: "adguard-dns",
  packageRoot: new URL("../", import.meta.url),
  config: adguardDnsFakeConfig(),
  start: (options) => startFakeAdGuardDnsServer(options),
  credentialHeaders: { authorization: `ApiKey ${creds.apiKey}` },
  // What a sample can't guess: real credentials, a registered client, a device and profile that exist.
  walkInputs: async (fake) => {
    const profile = fake.state("dns_servers")[0]!.id;
    // Under no profile the walk deletes, so it is still there for removeDevice.
    const device = fake.seed("devices", { name: "Walk", dns_server_id: "elsewhere" });
    return {
      values: {
        client_id: creds.clientId,
        response_type: "token",
        redirect_uri: creds.redirectUri,
        device_id: device.id,
        dns_server_id: profile,
      },
      bodies: {
        accessToken: { grant_type: "password", username: creds.username, password: creds.password },
        createDevice: { name: "Walk phone", device_type: "ANDROID", dns_server_id: profile },
        updateDevice: { name: "Walk tablet" },
      },
    };
  },
  readOperationId: "listDevices",
  client(fake, options) {
    const adguard = createAdGuardDnsClient({
      auth: adguardDnsAuth.password({ username: creds.username, password: creds.password }),
      baseUrl: fake.url,
      ...options,
    });
    return { read: () => adguard.op.listDevices() };
  },
  examples: {
    "examples/api-key.ts": async ({ run, start }) => {
      const server = await start();
      const lines = await run("examples/api-key.ts", {
        ADGUARD_DNS_BASE_URL: server.url,
        ADGUARD_DNS_API_KEY: creds.apiKey,
      });
      expect(lines[0]).toBe("devices: 0 of 100");
      expect(lines[1]).toMatch(
        /^created Renamed phone, DNS-over-HTTPS: https:\/\/[\w-]+\.d\.adguard-dns\.com\//,
      );
      expect(apiLog(server)).toEqual([
        "GET 200",
        "POST 200",
        "POST 200",
        "PUT 200",
        "GET 200",
        "DELETE 200",
        "DELETE 200",
      ]);
      expect(server.state("devices")).toHaveLength(0);
    },
    "examples/password-with-mfa.ts": async ({ run, start }) => {
      const server = await start();
      const lines = await run("examples/password-with-mfa.ts", {
        ADGUARD_DNS_BASE_URL: server.url,
        ADGUARD_DNS_USERNAME: creds.mfaUsername,
        ADGUARD_DNS_PASSWORD: creds.mfaPassword,
        ADGUARD_DNS_MFA_TOKEN: creds.mfaToken,
      });
      expect(lines).toEqual([`logged in as ${creds.mfaUsername}; 1 DNS server profile(s)`]);
      expect(tokenRequests(server)).toEqual(["password:401", "password:200"]);
      expect(revocations(server)).toBe(1);
      expect(server.tokens.counts().activeRefreshTokens).toBe(0);
    },
    "examples/authorization-code.ts": async ({ run, start }) => {
      const server = await start();
      const lines = await run("examples/authorization-code.ts", {
        ADGUARD_DNS_BASE_URL: server.url,
        ADGUARD_DNS_CLIENT_ID: creds.clientId,
        ADGUARD_DNS_REDIRECT_URI: creds.redirectUri,
      });
      expect(lines).toEqual(["authorized; 1 DNS server profile(s) in use"]);
      expect(tokenRequests(server)).toEqual(["authorization_code:200"]);
      expect(revocations(server)).toBe(1);
    },
    "examples/pagination.ts": async ({ run, start }) => {
      const server = await start();
      const dns_server_id = server.state("dns_servers")[0]!.id;
      for (let i = 0; i < 130; i++)
        server.seed("devices", { name: `host ${i}`, device_type: "LINUX", dns_server_id });
      seedQueryLog(server, 240, { from: Date.now() - 30 * 60 * 1000, to: Date.now() - 1000 });
      const lines = await run("examples/pagination.ts", {
        ADGUARD_DNS_BASE_URL: server.url,
        ADGUARD_DNS_API_KEY: creds.apiKey,
      });
      expect(lines.at(-1)).toBe("130 device(s); 120 blocked request(s) in the last hour");
      const paths = apiRequests(server).map((r) => r.path);
      expect(paths.filter((p) => p === "/oapi/v2/devices")).toHaveLength(2);
      expect(paths.filter((p) => p === "/oapi/v1/query_log")).toHaveLength(3);
    },
    "examples/testing-with-the-fake-server.ts": async ({ run }) => {
      expect(await run("examples/testing-with-the-fake-server.ts")).toEqual([
        "status 200; password grants: 1, refreshes: 2",
      ]);
    },
    "examples/use-the-command-line-login.ts": async ({ run, start }) => {
      const server = await start();
      const dir = await mkdtemp(join(tmpdir(), "adguard-readme-"));
      try {
        const file = join(dir, "tokens.json");
        // What `login` leaves behind: a password session's tokens in the file store.
        const login = createAdGuardDnsClient({
          baseUrl: server.url,
          store: createFileTokenStore(file),
          auth: adguardDnsAuth.password({ username: creds.username, password: creds.password }),
        });
        await login.op.getAccountLimits();
        const lines = await run("examples/use-the-command-line-login.ts", {
          ADGUARD_DNS_BASE_URL: server.url,
          ADGUARD_DNS_USERNAME: creds.username,
          PROVIDER_CLIENTS_TOKEN_FILE: file,
        });
        expect(lines).toEqual(["stored session: valid", "1 DNS server profile(s)"]);
        expect(grantCount(server, "password")).toBe(1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    "examples/drift-detection.ts": async ({ run }) => {
      expect(await run("examples/drift-detection.ts")).toEqual([
        "device limit: 100",
        "getAccountLimits 200: /devices/used is string, the spec says integer",
        "device limit: 100",
      ]);
    },
  },
});
