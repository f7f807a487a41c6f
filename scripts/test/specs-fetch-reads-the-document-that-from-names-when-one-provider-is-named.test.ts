// `--from` with one provider may name that provider's document itself (URL or file); otherwise it is a mirror base.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cachedDocumentPath } from "../src/specs/fetch/cache.js";
import { fetchProvider, namesDocument } from "../src/specs/fetch/fetch-provider.js";
import { fixture, settingsFor, startVendor } from "./helpers-fetch.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const source = {
  provider: "demo",
  kind: "fetched" as const,
  upstream: ["https://vendor.example.invalid/swagger/openapi.json"],
};

describe("--from names a document when one provider is named", () => {
  it("fetches a document URL as it is, not <url>/<provider>/<file name>", async () => {
    const vendor = await startVendor({
      "/v2/openapi.yml": (_req, res) =>
        res.writeHead(200, { "content-type": "application/json" }).end(fixture("swagger-2.json")),
    });
    close = vendor.close;
    const from = `${vendor.url}/v2/openapi.yml`;
    const { settings } = await settingsFor({ from, fromDocument: namesDocument(from) });
    const outcome = await fetchProvider(source, settings);
    expect(outcome).toMatchObject({ status: "updated", url: from });
    expect(vendor.requests.map((r) => r.path)).toEqual(["/v2/openapi.yml"]);
  });

  it("reads a document file as it is", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pc-from-document-"));
    const file = path.join(dir, "vendor-download.json");
    await writeFile(file, fixture("swagger-2.json"));
    const { settings } = await settingsFor({ from: file, fromDocument: namesDocument(file) });
    const outcome = await fetchProvider(source, settings);
    expect(outcome).toMatchObject({ status: "updated", url: file });
    const doc = parse(await readFile(cachedDocumentPath("demo", settings.cacheDir), "utf8"));
    expect(doc.openapi).toMatch(/^3\./);
  });

  it("tells a document from a mirror base", async () => {
    const mirror = path.join(import.meta.dirname, "fixtures", "fetch-mirror");
    expect(namesDocument(mirror)).toBe(false);
    expect(namesDocument(path.join(mirror, "demo", "openapi.json"))).toBe(true);
    expect(namesDocument("http://127.0.0.1:8080")).toBe(false);
    expect(namesDocument("http://127.0.0.1:8080/mirror/")).toBe(false);
    expect(namesDocument("https://developer.example.invalid/v2/openapi.yml")).toBe(true);
    expect(namesDocument("https://api.example.invalid/swagger/openapi.JSON")).toBe(true);
  });
});
