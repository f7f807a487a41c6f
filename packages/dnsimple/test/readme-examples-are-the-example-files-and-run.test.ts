import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

const root = new URL("../", import.meta.url);
let server: FakeDnsimpleServer;
beforeAll(async () => {
  server = await startFakeDnsimpleServer();
});
afterAll(() => server.close());

// README blocks announced by `<!-- example: path -->` and the code that follows.
async function readmeExamples(): Promise<Map<string, string>> {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const found = new Map<string, string>();
  for (const match of readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)) {
    found.set(match[1]!, match[2]!);
  }
  return found;
}

// Captures console.log lines while `run` executes.
async function logsOf(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe("README examples", () => {
  it("are byte-for-byte the files in examples/", async () => {
    const examples = await readmeExamples();
    expect([...examples.keys()].sort()).toEqual([
      "examples/access-token.ts",
      "examples/drift-detection.ts",
      "examples/oauth-code-flow.ts",
      "examples/testing-with-the-fake-server.ts",
      // Run by tests/cli after a real login through the bin.
      "examples/use-the-command-line-login.ts",
    ]);
    for (const [path, code] of examples) {
      expect(code, path).toBe(await readFile(new URL(path, root), "utf8"));
    }
  });

  it("access-token.ts creates, updates, lists and reports the quota against the fake", async () => {
    vi.stubEnv("DNSIMPLE_TOKEN", server.accessToken);
    vi.stubEnv("DNSIMPLE_BASE_URL", server.url);
    vi.stubEnv("DNSIMPLE_ACCOUNT_ID", String(server.account.id));
    const lines = await logsOf(() => import("../examples/access-token.js"));
    vi.unstubAllEnvs();
    expect(lines).toContain("created example-shop.test");
    expect(lines).toContain("domain example-shop.test hosted");
    expect(lines.at(-1)).toMatch(/^requests left this hour: \d+ of 2400$/);
    const records = server.state("records").filter((r) => r.name === "www");
    expect(records.map((r) => r.content)).toEqual(["192.0.2.11"]);
  });

  it("oauth-code-flow.ts logs in through the fake's authorize page and refuses a forged state", async () => {
    vi.stubEnv("DNSIMPLE_CLIENT_ID", server.app.clientId);
    vi.stubEnv("DNSIMPLE_CLIENT_SECRET", server.app.clientSecret);
    vi.stubEnv("DNSIMPLE_REDIRECT_URI", server.app.redirectUri);
    vi.stubEnv("DNSIMPLE_AUTHORIZE_ENDPOINT", server.authorizeEndpoint);
    vi.stubEnv("DNSIMPLE_BASE_URL", server.url);
    const { startLogin, finishLogin } = await import("../examples/oauth-code-flow.js");
    const login = startLogin();
    const callback = await server.authorize(login.url);
    expect(await finishLogin(callback, login.state)).toEqual({
      accountId: server.account.id,
      zones: 1,
    });
    const forged = startLogin();
    const forgedCallback = await server.authorize(forged.url);
    expect(await finishLogin(forgedCallback, "someone-else")).toEqual({
      rejected: "state mismatch",
    });
    vi.unstubAllEnvs();
  });

  it("testing-with-the-fake-server.ts runs on its own", async () => {
    const lines = await logsOf(() => import("../examples/testing-with-the-fake-server.js"));
    expect(lines).toEqual([
      "name servers: ns1.dnsimple.com, ns2.dnsimple.com, ns3.dnsimple.com, ns4.dnsimple.com",
      "whoami 200 after 2 requests",
    ]);
  });

  it("drift-detection.ts reports a changed field type by pointer and types, and nothing before", async () => {
    const lines = await logsOf(() => import("../examples/drift-detection.js"));
    expect(lines).toEqual([
      "zones: 1",
      "listZones 200: /data/0/id is string, the spec says integer",
      "zones: 1",
    ]);
  });
});
