import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeProviderContract } from "@provider-clients/scripts/provider-contract";
import { expect } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  dynuFakeConfig,
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

const apiLog = (server: FakeDynuServer) =>
  server.requests({ route: "api" }).map((r) => `${r.method} ${r.status}`);

describeProviderContract<FakeDynuServer>({
  provider: "dynu",
  packageRoot: new URL("../", import.meta.url),
  config: dynuFakeConfig,
  start: (options) => startFakeDynuServer(options),
  credentialHeaders: { "API-Key": fakeDynuCredentials.apiKey },
  readOperationId: "dnsGet",
  client(fake, options) {
    const dynu = createDynuClient({
      auth: dynuAuth.clientCredentials(fakeDynuCredentials),
      baseUrl: fake.url,
      ...options,
    });
    return { read: () => dynu.GET("/dns") };
  },
  examples: {
    "examples/list-domains-with-an-api-key.ts": async ({ run, start }) => {
      const server = await start();
      const domain = server.seed("domains", { name: "readme.example", ttl: 90 });
      const printed = await run("examples/list-domains-with-an-api-key.ts", {
        DYNU_BASE_URL: server.url,
        DYNU_API_KEY: fakeDynuCredentials.apiKey,
      });
      expect(printed).toEqual([`${domain.id} readme.example ttl=90`]);
    },
    "examples/manage-records-with-client-credentials.ts": async ({ run, start }) => {
      const server = await start();
      server.seed("domains", { name: "records.example" });
      const printed = await run("examples/manage-records-with-client-credentials.ts", {
        DYNU_BASE_URL: server.url,
        DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
        DYNU_CLIENT_SECRET: fakeDynuCredentials.clientSecret,
        DYNU_DOMAIN: "records.example",
      });
      expect(printed).toEqual(["created _check.records.example hello", "token state: valid"]);
      expect(server.state("records")).toHaveLength(0);
      expect(apiLog(server)).toEqual(["GET 200", "POST 200", "POST 200", "DELETE 200"]);
    },
    "examples/update-a-domains-ipv4-address.ts": async ({ run, start }) => {
      const server = await start();
      const domain = server.seed("domains", { name: "home.example.com", ipv4Address: "192.0.2.1" });
      const printed = await run("examples/update-a-domains-ipv4-address.ts", {
        DYNU_BASE_URL: server.url,
        DYNU_API_KEY: fakeDynuCredentials.apiKey,
        DYNU_DOMAIN: "home.example.com",
        DYNU_NEW_IPV4: "198.51.100.4",
      });
      expect(printed).toEqual(["home.example.com now points at 198.51.100.4"]);
      expect(server.state("domains").find((d) => d.id === domain.id)?.ipv4Address).toBe(
        "198.51.100.4",
      );
      expect(apiLog(server)).toEqual(["GET 200", "GET 200", "POST 200", "GET 200"]);
    },
    "examples/keep-tokens-in-a-file.ts": async ({ run, start }) => {
      const server = await start();
      const dir = await mkdtemp(join(tmpdir(), "dynu-readme-"));
      try {
        const env = {
          DYNU_BASE_URL: server.url,
          DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
          DYNU_CLIENT_SECRET: fakeDynuCredentials.clientSecret,
          DYNU_TOKEN_FILE: join(dir, "tokens.json"),
        };
        const first = await run("examples/keep-tokens-in-a-file.ts", env, "?run=1");
        expect(first).toEqual(["before the first call: empty", "after it: valid"]);
        const second = await run("examples/keep-tokens-in-a-file.ts", env, "?run=2");
        expect(second).toEqual(["before the first call: valid", "after it: valid"]);
        expect(server.tokens.counts().requests).toBe(1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    "examples/use-the-command-line-login.ts": async ({ run, start }) => {
      const server = await start();
      server.seed("domains", { name: "cli.example" });
      const dir = await mkdtemp(join(tmpdir(), "dynu-cli-"));
      try {
        const printed = await run("examples/use-the-command-line-login.ts", {
          PROVIDER_CLIENTS_TOKEN_FILE: join(dir, "tokens.json"),
          DYNU_BASE_URL: server.url,
          DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
          DYNU_CLIENT_SECRET: fakeDynuCredentials.clientSecret,
        });
        expect(printed).toEqual(["stored session: empty", "domains: 1"]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    "examples/test-with-the-fake-server.ts": async ({ run }) => {
      expect(await run("examples/test-with-the-fake-server.ts")).toEqual([
        "example.test",
        "token requests: 1",
      ]);
    },
    "examples/drift-detection.ts": async ({ run }) => {
      expect(await run("examples/drift-detection.ts")).toEqual([
        "domains: 1",
        "dnsGet 200: /domains/0/id is string, the spec says integer",
        "domains: 1",
      ]);
    },
  },
});
