import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeProviderContract } from "@provider-clients/scripts/provider-contract";
import { expect, vi } from "vitest";
import { createFileTokenStore } from "../src/file-store.js";
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";
import {
  dnsimpleFakeConfig,
  type FakeDnsimpleServer,
  startFakeDnsimpleServer,
} from "../src/testing/index.js";
import { authorizedExchange, tokenRequestBody } from "./support/code-flow.js";

// A dashboard token the walk sends; the fake's own seeded one works the same.
const walkToken = "contract-walk-token";

describeProviderContract<FakeDnsimpleServer>({
  provider: "dnsimple",
  packageRoot: new URL("../", import.meta.url),
  config: dnsimpleFakeConfig(),
  start: (options) => startFakeDnsimpleServer({ ...options, bearerTokens: [walkToken] }),
  credentialHeaders: { authorization: `Bearer ${walkToken}` },
  // Access tokens never expire and nothing fetches a new one: a refused token is the caller's.
  session: "static",
  async walkInputs(fake) {
    // The seeded account, a domain of it with its zone, a record that is not a system one, a real code.
    const account = fake.account.id;
    const domain = String(fake.seed("domains", { name: "walk.test" }, account).name);
    const record = fake.seed("records", { name: "www", type: "A", content: "192.0.2.1" }, domain);
    const oauthToken = tokenRequestBody(await authorizedExchange(fake));
    return {
      values: { account, domain, zone: domain, zonerecord: record.id },
      bodies: { oauthToken },
    };
  },
  readOperationId: "whoami",
  client(fake, options) {
    const dnsimple = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(fake.accessToken),
      baseUrl: fake.url,
      ...options,
    });
    return { read: () => dnsimple.op.whoami() };
  },
  examples: {
    "examples/access-token.ts": async ({ run, start }) => {
      const fake = await start();
      const printed = await run("examples/access-token.ts", {
        DNSIMPLE_TOKEN: fake.accessToken,
        DNSIMPLE_BASE_URL: fake.url,
        DNSIMPLE_ACCOUNT_ID: String(fake.account.id),
      });
      expect(printed).toEqual([
        "created example-shop.test",
        "domain example-shop.test hosted",
        // Read from the record's answer, the second request of the hour.
        "requests left this hour: 2398 of 2400",
      ]);
      const records = fake.state("records").filter((r) => r.name === "www");
      expect(records.map((r) => r.content)).toEqual(["192.0.2.11"]);
    },
    "examples/oauth-code-flow.ts": async ({ start }) => {
      const fake = await start();
      fake.seed("domains", { name: "mine.test" }, fake.account.id);
      vi.stubEnv("DNSIMPLE_CLIENT_ID", fake.app.clientId);
      vi.stubEnv("DNSIMPLE_CLIENT_SECRET", fake.app.clientSecret);
      vi.stubEnv("DNSIMPLE_REDIRECT_URI", fake.app.redirectUri);
      vi.stubEnv("DNSIMPLE_AUTHORIZE_ENDPOINT", fake.authorizeEndpoint);
      vi.stubEnv("DNSIMPLE_BASE_URL", fake.url);
      // It exports its two steps: log in through the authorize page, then refuse a forged state.
      const { startLogin, finishLogin } = await import("../examples/oauth-code-flow.js");
      const login = startLogin();
      const callback = await fake.authorize(login.url);
      expect(await finishLogin(callback, login.state)).toEqual({
        accountId: fake.account.id,
        zones: 1,
      });
      const forged = startLogin();
      const forgedCallback = await fake.authorize(forged.url);
      expect(await finishLogin(forgedCallback, "someone-else")).toEqual({
        rejected: "state mismatch",
      });
    },
    "examples/testing-with-the-fake-server.ts": async ({ run }) => {
      expect(await run("examples/testing-with-the-fake-server.ts")).toEqual([
        "name servers: ns1.dnsimple.com, ns2.dnsimple.com, ns3.dnsimple.com, ns4.dnsimple.com",
        "whoami 200 after 2 requests",
      ]);
    },
    "examples/drift-detection.ts": async ({ run }) => {
      expect(await run("examples/drift-detection.ts")).toEqual([
        "zones: 1",
        "listZones 200: /data/0/id is string, the spec says integer",
        "zones: 1",
      ]);
    },
    "examples/use-the-command-line-login.ts": async ({ run, start }) => {
      // What `login` stores (tests/cli runs the real login), put there by hand.
      const fake = await start();
      const dir = await mkdtemp(join(tmpdir(), "dnsimple-cli-"));
      try {
        const file = join(dir, "tokens.json");
        const account = String(fake.account.id);
        await createFileTokenStore(file).set(
          { provider: "dnsimple", account },
          { accessToken: fake.accessToken, tokenType: "bearer", issuedAt: Date.now() },
        );
        const printed = await run("examples/use-the-command-line-login.ts", {
          PROVIDER_CLIENTS_TOKEN_FILE: file,
          DNSIMPLE_BASE_URL: fake.url,
          DNSIMPLE_ACCOUNT_ID: account,
        });
        expect(printed).toEqual([`logged in to account ${account}`]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
});
