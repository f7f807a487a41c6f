// The registry lists every specs/<name>/source.json; each entry's facts agree with its spec and package.
import { existsSync, readdirSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocument } from "../src/openapi/load.js";
import { providerEntry, providerNames, readRegistry, registry } from "../src/providers/registry.js";
import { adoptionGaps, adoptProviderFiles } from "../src/specs/adopt/index.js";
import { resolveLocalRef } from "../src/specs/adopt/json-pointer.js";
import { listOperations } from "../src/specs/adopt/operations.js";
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
  const folders = readdirSync(path.join(repoRoot, "specs"), { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && existsSync(path.join(repoRoot, "specs", e.name, "source.json")),
    )
    .map((e) => e.name)
    .sort();
  expect(providerNames).toEqual(folders);
  expect(providerNames).toEqual(
    expect.arrayContaining(["adguard-dns", "dnsimple", "dynata", "dynu"]),
  );
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

it("every adopted provider (a vendorFile) has specs/<name>/adopt-fixes.ts, and every fetched one is adopted", () => {
  expect(adoptionGaps(registry, path.join(repoRoot, "specs"))).toEqual([]);
  const adopted = registry.filter((entry) => entry.vendorFile !== undefined);
  expect(adopted.map((entry) => entry.name)).toEqual(
    expect.arrayContaining(["adguard-dns", "dnsimple", "dynu"]),
  );
});

it("a fetched source.json without vendorFile is refused, naming the file and the key", async () => {
  const root = await copySpecs();
  const file = path.join(root, "specs", "dnsimple", "source.json");
  const { vendorFile: _vendorFile, ...source } = JSON.parse(await readFile(file, "utf8"));
  await writeFile(file, JSON.stringify(source));
  expect(() => readRegistry(root)).toThrow(
    /^specs\/dnsimple\/source\.json: .*must have required property 'vendorFile'/,
  );
});

it("an adopted provider without adopt-fixes.ts, or fixes without a vendorFile, names the file to write", async () => {
  const root = await copySpecs();
  const specs = path.join(root, "specs");
  await unlink(path.join(specs, "dnsimple", "adopt-fixes.ts"));
  const dynuFile = path.join(specs, "dynu", "source.json");
  const { vendorFile: _vendorFile, ...dynu } = JSON.parse(await readFile(dynuFile, "utf8"));
  await writeFile(dynuFile, JSON.stringify(dynu));
  expect(adoptionGaps(readRegistry(root), specs)).toEqual([
    'specs/dnsimple/adopt-fixes.ts is missing: specs/dnsimple/source.json names vendorFile "dnsimple/openapi.yml", so its fixes are exported there as `adoptFixes`',
    'specs/dynu/adopt-fixes.ts exists but specs/dynu/source.json names no "vendorFile" to adopt it from',
  ]);
  // specs:update and adopt-cli stop before reading the vendor document, with the same file named.
  await expect(adoptProviderFiles("dnsimple", path.join(root, "none.yml"), specs)).rejects.toThrow(
    /^specs\/dnsimple\/adopt-fixes\.ts is missing/,
  );
});

it("a fetched provider's vendorFile must be where --from DIR reads its document", async () => {
  const root = await copySpecs();
  const file = path.join(root, "specs", "adguard-dns", "source.json");
  const source = JSON.parse(await readFile(file, "utf8"));
  await writeFile(file, JSON.stringify({ ...source, vendorFile: "adguard/openapi.json" }));
  expect(adoptionGaps(readRegistry(root), path.join(root, "specs"))).toEqual([
    'specs/adguard-dns/source.json: vendorFile "adguard/openapi.json" is not where --from DIR looks (adguard-dns/openapi.json)',
  ]);
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
