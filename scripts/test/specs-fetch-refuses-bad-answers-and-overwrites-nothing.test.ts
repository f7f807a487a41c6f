import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedDocumentPath } from "../src/specs/fetch/cache.js";
import { fetchProvider } from "../src/specs/fetch/fetch-provider.js";
import { fixture, settingsFor, startVendor } from "./helpers-fetch.js";

const good = fixture("openapi-3.json");
let vendor: Awaited<ReturnType<typeof startVendor>>;

beforeAll(async () => {
  vendor = await startVendor({
    "/good.json": (_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(good),
    "/500.json": (_req, res) => res.writeHead(500).end("boom"),
    "/slow.json": (_req, res) => setTimeout(() => res.writeHead(200).end(good), 3_000),
    "/truncated.json": (_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(good.length),
      });
      res.write(good.slice(0, 100));
      setTimeout(() => res.socket?.destroy(), 20);
    },
    "/page.html": (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Docs</title>"),
    "/html-as-json.json": (_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end("<html><body>maintenance</body></html>"),
    "/not-openapi.json": (_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"hello": "world"}'),
    "/swagger-1.2.json": (_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end('{"swaggerVersion": "1.2", "apis": []}'),
    "/big.json": (_req, res) => res.writeHead(200).end(`{"pad": "${"x".repeat(2 * 1024 * 1024)}"}`),
  });
});
afterAll(async () => vendor.close());

const cases: [string, RegExp][] = [
  ["/missing.json", /HTTP 404/],
  ["/500.json", /HTTP 500/],
  ["/slow.json", /timed out after 500 ms/],
  ["/truncated.json", /truncated body/],
  ["/page.html", /HTML page, not an OpenAPI document/],
  ["/html-as-json.json", /got HTML or XML, not an OpenAPI document/],
  ["/not-openapi.json", /expected OpenAPI 3\.0 or 3\.1/],
  ["/swagger-1.2.json", /expected OpenAPI 3\.0 or 3\.1/],
  ["/big.json", /over the 1048576-byte limit|exceeds the 1048576-byte limit/],
];

describe("specs:fetch with a bad answer", () => {
  it.each(cases)(
    "%s is a clear error and the cached document stays as it was",
    async (route, message) => {
      const { settings, lines } = await settingsFor({ timeoutMs: 500 });
      const cached = cachedDocumentPath("demo", settings.cacheDir);
      const ok = await fetchProvider(
        { provider: "demo", kind: "fetched", upstream: [`${vendor.url}/good.json`] },
        settings,
      );
      expect(ok.status).toBe("updated");
      const before = await readFile(cached, "utf8");

      const outcome = await fetchProvider(
        { provider: "demo", kind: "fetched", upstream: [`${vendor.url}${route}`] },
        settings,
      );
      expect(outcome.status).toBe("failed");
      expect(outcome.status === "failed" && outcome.errors.join("\n")).toMatch(message);
      expect(lines.at(-1)).toContain(route);
      expect(await readFile(cached, "utf8")).toBe(before);
    },
  );
});
