import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cachedDocumentPath } from "../src/specs/fetch/cache.js";
import { fetchProvider } from "../src/specs/fetch/fetch-provider.js";
import { fixture, settingsFor, startVendor } from "./helpers-fetch.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("specs:fetch with a vendor that sends validators", () => {
  it("writes a normalised document, then sends If-None-Match and keeps it on 304", async () => {
    const vendor = await startVendor({
      "/api.json": (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
        res
          .writeHead(200, {
            "content-type": "application/json",
            etag: '"v1"',
            "last-modified": "Tue, 01 Sep 2026 10:00:00 GMT",
          })
          .end(fixture("openapi-3.json"));
      },
    });
    close = vendor.close;
    const { settings, lines } = await settingsFor();
    const source = {
      provider: "demo",
      kind: "fetched" as const,
      upstream: [`${vendor.url}/api.json`],
    };

    const first = await fetchProvider(source, settings);
    expect(first.status).toBe("updated");
    const yaml = await readFile(cachedDocumentPath("demo", settings.cacheDir), "utf8");
    expect(Object.keys(parse(yaml))).toEqual(["openapi", "info", "paths", "components"]);
    expect(lines[0]).toMatch(
      /demo: http:\/\/127\.0\.0\.1:\d+\/api\.json -> \d+ bytes in \d+ ms, OpenAPI 3\.0\.1, version 1\.2; updated/,
    );

    const second = await fetchProvider(source, settings);
    expect(second.status).toBe("not-modified");
    expect(vendor.requests[1]?.headers["if-none-match"]).toBe('"v1"');
    expect(vendor.requests[1]?.headers["if-modified-since"]).toBe("Tue, 01 Sep 2026 10:00:00 GMT");
    expect(await readFile(cachedDocumentPath("demo", settings.cacheDir), "utf8")).toBe(yaml);
  });
});
