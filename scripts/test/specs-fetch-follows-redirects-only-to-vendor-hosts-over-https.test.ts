import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchProvider } from "../src/specs/fetch/fetch-provider.js";
import { redirectRefusal } from "../src/specs/fetch/redirect-policy.js";
import { fixture, settingsFor, startVendor } from "./helpers-fetch.js";

const good = fixture("openapi-3.json");
let mirror: Awaited<ReturnType<typeof startVendor>>;
let inside: Awaited<ReturnType<typeof startVendor>>;
const to = (location: string) => (_req: unknown, res: import("node:http").ServerResponse) =>
  res.writeHead(302, { location }).end();

beforeAll(async () => {
  // A second loopback origin standing for anything on the inside (metadata service, admin port).
  inside = await startVendor({ "/secret.json": (_req, res) => res.writeHead(200).end(good) });
  const insidePort = new URL(inside.url).port;
  mirror = await startVendor({
    "/good/openapi.json": (_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(good),
    "/moved/openapi.json": to("/good/openapi.json"),
    "/to-inside/openapi.json": to(`${inside.url}/secret.json`),
    "/to-inside-https/openapi.json": to(`https://127.0.0.1:${insidePort}/secret.json`),
    "/to-metadata/openapi.json": to("https://169.254.169.254/latest/meta-data"),
    "/to-other-host/openapi.json": to("https://attacker.example/openapi.json"),
    "/gzip/openapi.json": (_req, res) => {
      const packed = gzipSync(good);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(packed.length),
      });
      res.end(packed);
    },
  });
});
afterAll(async () => {
  await mirror.close();
  await inside.close();
});

const source = (provider: string) => ({
  provider,
  kind: "fetched" as const,
  upstream: ["https://api.vendor.example/swagger/openapi.json"],
});

describe("a redirect from the --from mirror", () => {
  it.each([
    ["to-inside", /redirect to http:\/\/127\.0\.0\.1:\d+\/secret\.json refused: not https/],
    ["to-inside-https", /refused: a loopback, private or link-local address/],
    [
      "to-metadata",
      /169\.254\.169\.254\/latest\/meta-data refused: a loopback, private or link-local/,
    ],
    ["to-other-host", /attacker\.example\/openapi\.json refused: a host neither registrable/],
  ])("%s is refused and the other origin sees nothing", async (provider, message) => {
    const { settings } = await settingsFor({ from: mirror.url });
    const outcome = await fetchProvider(source(provider), settings);
    expect(outcome.status).toBe("failed");
    expect(outcome.status === "failed" && outcome.errors.join("\n")).toMatch(message);
    expect(inside.requests).toEqual([]);
  });

  it("within the mirror's own origin is followed, and the final URL is logged and recorded", async () => {
    const { settings, lines } = await settingsFor({ from: mirror.url });
    const outcome = await fetchProvider(source("moved"), settings);
    expect(outcome.status).toBe("updated");
    expect(lines.at(-1)).toContain(
      `${mirror.url}/moved/openapi.json (redirected to ${mirror.url}/good/openapi.json)`,
    );
    const meta = JSON.parse(
      await readFile(path.join(settings.cacheDir, "moved", "fetch-meta.json"), "utf8"),
    );
    expect(meta).toMatchObject({
      url: `${mirror.url}/moved/openapi.json`,
      finalUrl: `${mirror.url}/good/openapi.json`,
    });
  });
});

it("without --from, a loopback upstream cannot send us to another loopback origin", async () => {
  const { settings } = await settingsFor();
  const outcome = await fetchProvider(
    { provider: "x", kind: "fetched", upstream: [`${mirror.url}/to-inside/openapi.json`] },
    settings,
  );
  expect(outcome.status).toBe("failed");
  expect(inside.requests).toEqual([]);
});

it("a gzip answer with the encoded Content-Length is read, not called truncated", async () => {
  const { settings } = await settingsFor({ from: mirror.url });
  const outcome = await fetchProvider(source("gzip"), settings);
  expect(outcome).toMatchObject({ status: "updated" });
});

describe("the redirect rule by itself", () => {
  const start = new URL("https://api.adguard-dns.io/swagger/openapi.json");
  const trust = { hosts: ["api.adguard-dns.io", "adguard-dns.io", "developer.dnsimple.com"] };
  it.each([
    ["https://static.adguard-dns.io/openapi.json", undefined],
    ["https://developer.dnsimple.com/v2/openapi.yml", undefined],
    ["http://api.adguard-dns.io/openapi.json", "not https (http)"],
    [
      "https://adguard-dns.io.attacker.example/x",
      "a host neither registrable under the vendor's domain nor listed in source.json",
    ],
    ["https://localhost/x", "a loopback, private or link-local address"],
    ["https://10.1.2.3/x", "a loopback, private or link-local address"],
    ["https://192.168.0.1/x", "a loopback, private or link-local address"],
    ["https://[::1]/x", "a loopback, private or link-local address"],
    ["https://[fe80::1]/x", "a loopback, private or link-local address"],
    ["https://[::ffff:127.0.0.1]/x", "a loopback, private or link-local address"],
    ["https://93.184.215.14/x", "an IP address, not a vendor host"],
  ])("%s: %s", (target, refusal) => {
    expect(redirectRefusal(start, new URL(target), trust)).toBe(refusal);
  });
});
