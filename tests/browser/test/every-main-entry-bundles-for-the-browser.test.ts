// esbuild --platform=browser refuses any node: import, so a clean build proves none is reachable.
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { bundleForBrowser } from "../src/bundle.js";

const here = new URL("..", import.meta.url).pathname;

it("bundles each provider's main entry and auth's for the browser", async () => {
  const entries = {
    ...Object.fromEntries(registry.map((entry) => [entry.name, entry.package])),
    auth: "@provider-clients/auth",
  };
  const bundle = await bundleForBrowser(entries, { resolveDir: here });
  expect(bundle.errors.map((error) => error.text)).toEqual([]);
  for (const name of Object.keys(entries)) {
    expect(bundle.files.get(`${name}.js`)?.length, name).toBeGreaterThan(1_000);
  }
});

it("reaches no node: import from the Redis store's own code (ioredis itself is Node-only)", async () => {
  const bundle = await bundleForBrowser(
    { "token-store-redis": "@provider-clients/token-store-redis" },
    { resolveDir: here, external: ["ioredis"] },
  );
  expect(bundle.errors.map((error) => error.text)).toEqual([]);
});

it("still refuses a Node-only subpath, so the check above can fail", async () => {
  const bundle = await bundleForBrowser(
    { "file-store": "@provider-clients/auth/file-store" },
    { resolveDir: here },
  );
  expect(bundle.errors.map((error) => error.text)).toContain('Could not resolve "node:crypto"');
});
