import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cachedDocumentPath } from "../src/specs/fetch/cache.js";
import { fetchProvider } from "../src/specs/fetch/fetch-provider.js";
import { fixture, settingsFor, startVendor } from "./helpers-fetch.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("specs:fetch sources", () => {
  it("falls back to the second URL and converts a Swagger 2.0 document to OpenAPI 3", async () => {
    const vendor = await startVendor({
      "/primary/openapi.json": (_req, res) => res.writeHead(503).end(),
      "/fallback/openapi.json": (_req, res) =>
        res.writeHead(200, { "content-type": "application/json" }).end(fixture("swagger-2.json")),
    });
    close = vendor.close;
    const { settings, lines } = await settingsFor();
    const outcome = await fetchProvider(
      {
        provider: "demo",
        kind: "fetched",
        upstream: [`${vendor.url}/primary/openapi.json`, `${vendor.url}/fallback/openapi.json`],
      },
      settings,
    );
    expect(outcome.status).toBe("updated");
    expect(lines[0]).toMatch(/primary\/openapi\.json: HTTP 503/);
    expect(lines[1]).toContain("converted from Swagger 2.0");
    const doc = parse(await readFile(cachedDocumentPath("demo", settings.cacheDir), "utf8"));
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(doc.servers[0].url).toBe("https://api.example.invalid/v1");
    expect(doc.paths["/things"].get.responses["200"].content["application/json"].schema.type).toBe(
      "array",
    );
  });

  it("reads a mirror folder laid out as <provider>/<upstream file name>", async () => {
    const { settings } = await settingsFor({
      from: `${import.meta.dirname}/fixtures/fetch-mirror`,
    });
    const outcome = await fetchProvider(
      {
        provider: "demo",
        kind: "fetched",
        upstream: ["https://vendor.example.invalid/swagger/openapi.json"],
      },
      settings,
    );
    expect(outcome.status).toBe("updated");
    const doc = parse(await readFile(cachedDocumentPath("demo", settings.cacheDir), "utf8"));
    expect(doc.info.version).toBe("1.2");
  });
});
