// The registry default (a provider's first static credential, its probe call) bundles and type-checks for every provider that can take it.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { registry } from "@provider-clients/scripts/providers";
import { afterAll, beforeAll, expect, it } from "vitest";
import { oursConsumer } from "../src/bundle/bundle-consumers.js";
import { bundleSource } from "../src/bundle/bundle-source.js";
import {
  defaultBundleConsumer,
  defaultTypeCheckCalls,
} from "../src/provider-parts/default-parts.js";
import { probePath } from "../src/provider-parts/probe-path.js";
import { benchRoot, repoRoot } from "../src/repo-paths.js";
import { runTsc } from "../src/typecheck/run-tsc.js";
import { consumerTsconfig, writeConsumerFiles } from "../src/typecheck/write-consumers.js";

// Every provider with a static credential, whether or not it has its own bench part.
const takers = registry.filter((entry) => entry.credentials.some((c) => c.kind === "static"));
let dir: string;

beforeAll(async () => {
  // Under bench/ so the consumers resolve the provider packages as the bench's own do.
  await mkdir(path.join(benchRoot, ".cache"), { recursive: true });
  dir = await mkdtemp(path.join(benchRoot, ".cache", "defaults-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("is tried on at least the providers that declare test secrets", () => {
  const withSecrets = registry.filter((entry) => entry.exports.fakeCredentials);
  expect(withSecrets.length).toBeGreaterThan(0);
  for (const entry of withSecrets) expect(takers).toContain(entry);
});

it("bundles each default consumer with its package's client and probe (esbuild, as scenario 6)", async () => {
  for (const entry of takers) {
    const consumer = defaultBundleConsumer(entry)!;
    const bundled = await bundleSource(oursConsumer(consumer), benchRoot);
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(
      inputs.some((input) => input.includes(`packages/${entry.name}/dist/`)),
      entry.name,
    ).toBe(true);
    expect(bundled.code, entry.name).toContain(entry.probe);
    expect(bundled.nodeImports, entry.name).toEqual([]);
  }
});

it("type-checks each default consumer and both default type-check consumers in one tsc run, with no error", async () => {
  const calls = [];
  const files = [];
  for (const entry of takers) {
    const file = `bundle-${entry.name}.ts`;
    await writeFile(path.join(dir, file), oursConsumer(defaultBundleConsumer(entry)!));
    files.push(file);
    const typeCheckCalls = await defaultTypeCheckCalls(entry, () => probePath(entry));
    calls.push({ provider: entry.name, ...typeCheckCalls! });
  }
  const consumers = await writeConsumerFiles({ dir, repoRoot }, calls);
  const project = path.join(dir, "tsconfig.json");
  await writeFile(
    project,
    consumerTsconfig({ dir, repoRoot }, [...files, consumers.ours, consumers.bare]),
  );
  const run = await runTsc(project);
  expect(run.errorLines).toEqual([]);
  expect(run.errors).toBe(0);
  expect(run.instantiations).toBeGreaterThan(0);
}, 120_000);
