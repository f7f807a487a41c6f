import { readdir, readFile } from "node:fs/promises";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import {
  type FakeDynataServer,
  fakeDynataUser,
  startFakeDynataServer,
} from "../src/testing/index.js";

const root = new URL("../", import.meta.url);
let server: FakeDynataServer;
let printed: string[];

beforeEach(async () => {
  server = await startFakeDynataServer();
  vi.stubEnv("DYNATA_BASE_URL", server.url);
  vi.stubEnv("DYNATA_USERNAME", fakeDynataUser.username);
  vi.stubEnv("DYNATA_PASSWORD", fakeDynataUser.password);
  printed = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    printed.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await server.close();
});

const run = (name: string) => import(`../examples/${name}`);

test("every README code block marked as an example is the example file, and every example is in the README", async () => {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)];
  const files = (await readdir(new URL("examples/", root))).map((f) => `examples/${f}`).sort();
  expect(blocks.map((b) => b[1]).sort()).toEqual(files);
  for (const [, file, code] of blocks) {
    expect(code, file).toBe(await readFile(new URL(file!, root), "utf8"));
  }
});

test("password-login creates, updates, prices and closes a project, then logs out", async () => {
  await run("password-login.ts");
  expect(printed[0]).toBe("created readme-project in state PROVISIONED");
  expect(printed[1]).toMatch(/^us-en: \d+(\.\d+)? USD per complete$/);
  const project = server.state.projects.get("readme-project")!.project;
  expect(project).toMatchObject({ title: "Commuting, 2025", state: "CLOSED" });
  expect(server.state.auth.counts).toEqual({ password: 1, refresh: 0, logout: 1 });
});

test("pagination counts every market and lists the premium attributes", async () => {
  await run("pagination.ts");
  const markets = server.state.countries.reduce(
    (n, c) => n + (c.supportedLanguages?.length ?? 0),
    0,
  );
  expect(printed[0]).toBe(`${markets} markets`);
  const premium = server.state.attributesFor("US", "en")!.filter((a) => a.tier === "PREMIUM");
  expect(printed.slice(1)).toEqual(premium.map((a) => `${a.id} ${a.name}`));
});

test("errors prints the status and Dynata's request id of a 404", async () => {
  await run("errors.ts");
  expect(printed).toHaveLength(1);
  expect(printed[0]).toMatch(/^HTTP 404, request id [0-9a-f-]{36}$/);
});

test("testing-with-the-fake-server shows one login and one silent refresh", async () => {
  await run("testing-with-the-fake-server.ts");
  expect(printed).toEqual([JSON.stringify({ password: 1, refresh: 1, logout: 0 })]);
});

test("drift-detection reports a missing required field, and nothing on the fake's own answer", async () => {
  await run("drift-detection.ts");
  expect(printed).toEqual([
    "countries: 10",
    "countriesList 200: /data/0/isoCode is absent, the spec says present",
    "countries: 10",
  ]);
});
