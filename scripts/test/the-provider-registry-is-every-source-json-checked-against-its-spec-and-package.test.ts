// The registry lists every specs/<name>/source.json; each entry's facts agree with its spec and package.
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocument } from "../src/openapi/load.js";
import { providerEntry, providerNames, readRegistry, registry } from "../src/providers/registry.js";
import { isAdoptedProvider } from "../src/specs/adopt/fixes/index.js";
import { resolveLocalRef } from "../src/specs/adopt/json-pointer.js";
import { listOperations } from "../src/specs/adopt/operations.js";
import { VENDOR_FILES } from "../src/specs/upstream-dir.js";
import { repoRoot } from "./helpers-upstream.js";

let copy: string | undefined;
afterEach(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

// A temporary root holding a copy of specs/ only.
async function copySpecs(): Promise<string> {
  copy = await mkdtemp(path.join(tmpdir(), "pc-registry-"));
  await cp(path.join(repoRoot, "specs"), path.join(copy, "specs"), { recursive: true });
  return copy;
}

it("lists one entry per specs/<name>/source.json, sorted, and nothing else", () => {
  expect(providerNames).toEqual(["adguard-dns", "dnsimple", "dynata", "dynu"]);
  expect(registry.map((e) => e.name)).toEqual(providerNames);
  expect(providerEntry("dynu").package).toBe("@provider-clients/dynu");
  expect(() => providerEntry("desec")).toThrow('unknown provider "desec" (known: adguard-dns,');
});

it("a source.json with a missing or unknown key is refused, naming the file and the key", async () => {
  const root = await copySpecs();
  const file = path.join(root, "specs", "dynu", "source.json");
  const source = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  const { probe: _probe, ...withoutProbe } = source;
  await writeFile(file, JSON.stringify({ ...withoutProbe, pagnation: "none" }));
  expect(() => readRegistry(root)).toThrow(
    /^specs\/dynu\/source\.json: .*must have required property 'probe'.*must NOT have additional properties/,
  );
});

it("a source.json whose provider is not its folder name is refused", async () => {
  const root = await copySpecs();
  const file = path.join(root, "specs", "dynata", "source.json");
  const source = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...source, provider: "dynata-sample" }));
  expect(() => readRegistry(root)).toThrow(
    'specs/dynata/source.json: provider "dynata-sample" is not its folder "dynata"',
  );
});

it("every fetched provider is adopted, so specs:update and the conformance test never skip it", () => {
  for (const entry of registry.filter((candidate) => candidate.kind === "fetched")) {
    expect(
      isAdoptedProvider(entry.name),
      `${entry.name}: fixes in scripts/src/specs/adopt/fixes/`,
    ).toBe(true);
    const vendorFile = isAdoptedProvider(entry.name) ? VENDOR_FILES[entry.name] : "";
    expect(entry.upstream.map((url) => path.basename(new URL(url).pathname))).toContain(
      path.basename(vendorFile),
    );
  }
});

describe.each(registry)("$name", (entry) => {
  it("names its package, default base URL, probe, schemes and error body as its spec and package have them", async () => {
    const pkg = JSON.parse(
      await readFile(path.join(repoRoot, "packages", entry.name, "package.json"), "utf8"),
    ) as { name: string };
    expect(pkg.name).toBe(entry.package);
    expect(entry.servers).toContain(entry.defaultBaseUrl);

    const doc = await loadDocument(path.join(repoRoot, "specs", entry.name, "openapi.yaml"));
    const probe = listOperations(doc).find((o) => o.operation.operationId === entry.probe);
    expect(probe?.method, `probe ${entry.probe}`).toBe("get");
    const parameters = [...((probe?.operation.parameters as unknown[]) ?? [])];
    expect(parameters.filter((p) => (p as { required?: boolean }).required)).toEqual([]);
    expect(probe?.path).not.toMatch(/\{/);

    const schemes = Object.keys(
      (resolveLocalRef(doc, "#/components/securitySchemes") as object | undefined) ?? {},
    );
    for (const credential of entry.credentials) expect(schemes).toContain(credential.scheme);
    expect(resolveLocalRef(doc, entry.errors), entry.errors).toBeTypeOf("object");

    const pagination = path.join(repoRoot, "packages", entry.name, "src", "pagination.ts");
    expect(existsSync(pagination), "src/pagination.ts exists unless pagination is none").toBe(
      entry.pagination !== "none",
    );
  });
});
