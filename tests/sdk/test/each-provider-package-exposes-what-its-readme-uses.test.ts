import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createFileTokenStore } from "@provider-clients/auth/file-store";
import { providerNames, registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";

const packageFile = (name: string, file: string) =>
  new URL(`../../../packages/${name}/${file}`, import.meta.url);

describe.each(providerNames)("@provider-clients/%s", (name) => {
  it("names only its own entry points in its README, and exports each of them", async () => {
    const readme = await readFile(packageFile(name, "README.md"), "utf8");
    const manifest = JSON.parse(await readFile(packageFile(name, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    const named = new Set(readme.match(/@provider-clients\/[\w-]+(?:\/[\w-]+)?/g) ?? []);
    for (const specifier of named) {
      expect(specifier, "a second package would be a second install").toMatch(
        new RegExp(`^@provider-clients/${name}(/|$)`),
      );
      const subpath = `.${specifier.slice(`@provider-clients/${name}`.length)}`;
      expect(Object.keys(manifest.exports), specifier).toContain(subpath);
      await expect(import(specifier)).resolves.toBeDefined();
    }
  });
});

// Managed credentials get tokens worth keeping, so their packages must offer the store; a package of
// static credentials alone need not, but if it does, it is auth's.
const storeOffered = registry.filter(
  (entry) =>
    entry.credentials.some((credential) => credential.kind === "managed") ||
    "./file-store" in
      (
        JSON.parse(readFileSync(packageFile(entry.name, "package.json"), "utf8")) as {
          exports: Record<string, unknown>;
        }
      ).exports,
);

it.each(storeOffered.map((entry) => [entry.name, entry.package]))(
  "@provider-clients/%s offers the file token store as a subpath of its own",
  async (_name, packageName) => {
    const entry = (await import(`${packageName}/file-store`)) as Record<string, unknown>;
    expect(entry.createFileTokenStore).toBe(createFileTokenStore);
  },
);
