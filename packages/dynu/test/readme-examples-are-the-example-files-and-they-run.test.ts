import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

const root = new URL("../", import.meta.url);
let server: FakeDynuServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

// Each README example is a ```ts block right after `<!-- example: examples/<file>.ts -->`.
async function readmeExamples(): Promise<Map<string, string>> {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(
    /<!-- example: (examples\/[\w-]+\.ts) -->\n```ts\n([\s\S]*?)```/g,
  )) {
    blocks.set(match[1]!, match[2]!);
  }
  return blocks;
}

// Runs an example module in this process and returns what it printed.
async function run(file: string, env: Record<string, string>, query = ""): Promise<string[]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  await import(new URL(file + query, root).href);
  return lines;
}

it("shows every example file verbatim in the README, and only those", async () => {
  const blocks = await readmeExamples();
  const files = (await readdir(new URL("examples/", root))).filter((f) => f.endsWith(".ts"));
  expect([...blocks.keys()].sort()).toEqual(files.map((f) => `examples/${f}`).sort());
  for (const [file, code] of blocks) {
    expect(code, file).toBe(await readFile(new URL(file, root), "utf8"));
  }
});

it("runs the API-key example against the fake server", async () => {
  server = await startFakeDynuServer();
  const domain = server.seed("domains", { name: "readme.example", ttl: 90 });
  const printed = await run("examples/list-domains-with-an-api-key.ts", {
    DYNU_BASE_URL: server.url,
    DYNU_API_KEY: fakeDynuCredentials.apiKey,
  });
  expect(printed).toEqual([`${domain.id} readme.example ttl=90`]);
});

it("runs the client-credentials example against the fake server", async () => {
  server = await startFakeDynuServer();
  server.seed("domains", { name: "records.example" });
  const printed = await run("examples/manage-records-with-client-credentials.ts", {
    DYNU_BASE_URL: server.url,
    DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
    DYNU_CLIENT_SECRET: fakeDynuCredentials.clientSecret,
    DYNU_DOMAIN: "records.example",
  });
  expect(printed).toEqual(["created _check.records.example hello", "token state: valid"]);
  expect(server.state("records").length).toBe(0);
  expect(server.requests({ route: "api" }).map((r) => `${r.method} ${r.status}`)).toEqual([
    "GET 200",
    "POST 200",
    "POST 200",
    "DELETE 200",
  ]);
});

it("runs the IPv4 update example against the fake server", async () => {
  server = await startFakeDynuServer();
  const domain = server.seed("domains", { name: "home.example.com", ipv4Address: "192.0.2.1" });
  const printed = await run("examples/update-a-domains-ipv4-address.ts", {
    DYNU_BASE_URL: server.url,
    DYNU_API_KEY: fakeDynuCredentials.apiKey,
    DYNU_DOMAIN: "home.example.com",
    DYNU_NEW_IPV4: "198.51.100.4",
  });
  expect(printed).toEqual(["home.example.com now points at 198.51.100.4"]);
  expect(server.state("domains").find((d) => d.id === domain.id)?.ipv4Address).toBe("198.51.100.4");
  expect(server.requests({ route: "api" }).map((r) => `${r.method} ${r.status}`)).toEqual([
    "GET 200",
    "GET 200",
    "POST 200",
    "GET 200",
  ]);
});

it("runs the file-store example twice: the second run reuses the stored token", async () => {
  server = await startFakeDynuServer();
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
    vi.restoreAllMocks();
    const second = await run("examples/keep-tokens-in-a-file.ts", env, "?run=2");
    expect(second).toEqual(["before the first call: valid", "after it: valid"]);
    expect(server.tokens.counts().requests).toBe(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("runs the fake-server example", async () => {
  const printed = await run("examples/test-with-the-fake-server.ts", {});
  expect(printed).toEqual(["example.test", "token requests: 1"]);
});

it("runs the drift detection example: nothing on the fake's own answer, a report on a changed type", async () => {
  const printed = await run("examples/drift-detection.ts", {});
  expect(printed).toEqual([
    "domains: 1",
    "dnsGet 200: /domains/0/id is string, the spec says integer",
    "domains: 1",
  ]);
});
