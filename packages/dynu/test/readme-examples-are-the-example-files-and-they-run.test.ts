import { readdir, readFile } from "node:fs/promises";
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
async function run(file: string, env: Record<string, string>): Promise<string[]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  await import(new URL(file, root).href);
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
  const domain = server.state.seedDomain({ name: "readme.example", ttl: 90 });
  const printed = await run("examples/list-domains-with-an-api-key.ts", {
    DYNU_BASE_URL: server.url,
    DYNU_API_KEY: fakeDynuCredentials.apiKey,
  });
  expect(printed).toEqual([`${domain.id} readme.example ttl=90`]);
});

it("runs the client-credentials example against the fake server", async () => {
  server = await startFakeDynuServer();
  server.state.seedDomain({ name: "records.example" });
  const printed = await run("examples/manage-records-with-client-credentials.ts", {
    DYNU_BASE_URL: server.url,
    DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
    DYNU_CLIENT_SECRET: fakeDynuCredentials.clientSecret,
    DYNU_DOMAIN: "records.example",
  });
  expect(printed).toEqual(["created _check.records.example hello", "token state: valid"]);
  expect(server.state.records.size).toBe(0);
  expect(server.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
    "GET 200",
    "POST 200",
    "POST 200",
    "DELETE 200",
  ]);
});

it("runs the fake-server example", async () => {
  const printed = await run("examples/test-with-the-fake-server.ts", {});
  expect(printed).toEqual(["example.test", "token requests: 1"]);
});
