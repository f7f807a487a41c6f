// Real browser, real bundles, real sockets: each page calls a fake through a CORS gateway on another origin.
import {
  type FakeAdGuardDnsServer,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { systemClock } from "@provider-clients/auth";
import {
  type FakeDnsimpleServer,
  startFakeDnsimpleServer,
} from "@provider-clients/dnsimple/testing";
import {
  type FakeDynataServer,
  fakeDynataUser,
  startFakeDynataServer,
} from "@provider-clients/dynata/testing";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "@provider-clients/dynu/testing";
import { providerNames } from "@provider-clients/scripts/providers";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundleForBrowser } from "../src/bundle.js";
import { launchChromium } from "../src/chromium.js";
import { type CorsGateway, startCorsGateway } from "../src/cors-gateway.js";
import { type PageServer, startPageServer } from "../src/page-server.js";

// Each page and the registered provider it drives.
const pageProviders = {
  "dynu-api-key": "dynu",
  "adguard-code": "adguard-dns",
  "adguard-implicit": "adguard-dns",
  "dnsimple-token": "dnsimple",
  "dynata-password": "dynata",
} as const;
const pages = Object.keys(pageProviders) as (keyof typeof pageProviders)[];
const adguardClientId = "browser-test-app";

let pageServer: PageServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let dynu: FakeDynuServer;
let adguard: FakeAdGuardDnsServer;
let dnsimple: FakeDnsimpleServer;
let dynata: FakeDynataServer;
const gateways: Record<"dynu" | "adguard" | "dnsimple" | "dynata", CorsGateway> = {} as never;

beforeAll(async () => {
  const bundle = await bundleForBrowser(
    Object.fromEntries(pages.map((page) => [page, `./pages/${page}.ts`])),
    { resolveDir: new URL("..", import.meta.url).pathname },
  );
  expect(bundle.errors.map((error) => error.text)).toEqual([]);
  pageServer = await startPageServer(bundle.files);
  const allowOrigin = () => pageServer.origin;
  [dynu, adguard, dnsimple, dynata] = await Promise.all([
    startFakeDynuServer(),
    startFakeAdGuardDnsServer({
      clients: [
        {
          clientId: adguardClientId,
          redirectUris: [
            pageServer.pageUrl("adguard-code"),
            pageServer.pageUrl("adguard-implicit"),
          ],
        },
      ],
    }),
    startFakeDnsimpleServer(),
    // The page's client runs on the browser's clock, so the fake's token lifetimes do too.
    startFakeDynataServer({ clock: systemClock }),
  ]);
  [gateways.dynu, gateways.adguard, gateways.dnsimple, gateways.dynata] = await Promise.all([
    startCorsGateway({ target: dynu.url, allowOrigin }),
    startCorsGateway({ target: adguard.url, allowOrigin, consentPath: "/oapi/v1/oauth_authorize" }),
    startCorsGateway({ target: dnsimple.url, allowOrigin }),
    startCorsGateway({ target: dynata.url, allowOrigin }),
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(gateways).map((gateway) => gateway.close()));
  await Promise.all([
    dynu?.close(),
    adguard?.close(),
    dnsimple?.close(),
    dynata?.close(),
    pageServer?.close(),
  ]);
});

// Opens a page, lets it run (clicking Approve on the consent page when asked) and returns its outcome.
async function outcome(page: (typeof pages)[number], approve = false): Promise<unknown> {
  const tab = await browser.context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(error.message));
  try {
    await tab.goto(pageServer.pageUrl(page));
    if (approve) await tab.click("#approve");
    const shown = tab.locator("#result, #error");
    await shown.waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
    return { [(await shown.getAttribute("id"))!]: JSON.parse((await shown.textContent())!) };
  } finally {
    await tab.close();
  }
}

it("drives every registered provider from at least one page", () => {
  expect([...new Set(Object.values(pageProviders))].sort()).toEqual([...providerNames]);
});

it("updates a Dynu DNS record with an API key", async () => {
  const domain = dynu.seed("domains", { name: "browser.example" });
  const record = dynu.seed(
    "records",
    {
      recordType: "A",
      nodeName: "home",
      ipv4Address: "192.0.2.1",
    },
    domain.id,
  );
  pageServer.configure("dynu-api-key", {
    apiUrl: gateways.dynu.url,
    apiKey: fakeDynuCredentials.apiKey,
    domainId: domain.id,
    recordId: record.id,
  });
  expect(await outcome("dynu-api-key")).toEqual({
    result: { hostname: "home.browser.example", content: "203.0.113.7", session: "static" },
  });
  expect(dynu.state("records").find((r) => r.id === record.id)?.content).toBe("203.0.113.7");
  expect([...gateways.dynu.origins]).toEqual([pageServer.origin]);
});

it("signs in to AdGuard DNS with the authorization code and PKCE, then makes typed calls", async () => {
  pageServer.configure("adguard-code", { apiUrl: gateways.adguard.url, clientId: adguardClientId });
  expect(await outcome("adguard-code", true)).toEqual({
    result: {
      verifierInUrl: false,
      devicesLimit: expect.any(Number),
      devices: expect.any(Number),
      session: "valid",
    },
  });
  const exchanges = adguard.requests({ path: "/oapi/v1/oauth_token" });
  expect(exchanges.map((r) => `${r.grant} ${r.status}`)).toEqual(["authorization_code 200"]);
});

it("signs in to AdGuard DNS with the implicit flow, the token coming back in the fragment", async () => {
  pageServer.configure("adguard-implicit", {
    apiUrl: gateways.adguard.url,
    clientId: adguardClientId,
  });
  const before = adguard.count({ path: "/oapi/v1/oauth_token" });
  expect(await outcome("adguard-implicit", true)).toEqual({
    result: { devicesLimit: expect.any(Number), session: "valid" },
  });
  expect(adguard.count({ path: "/oapi/v1/oauth_token" })).toBe(before);
});

it("calls DNSimple's whoami with an access token, and a refused one throws a named ApiError", async () => {
  pageServer.configure("dnsimple-token", {
    apiUrl: gateways.dnsimple.url,
    token: dnsimple.accessToken,
  });
  expect(await outcome("dnsimple-token")).toEqual({
    result: { account: dnsimple.account.id, session: "static", refused: "ApiError 401" },
  });
  expect([...gateways.dnsimple.origins]).toEqual([pageServer.origin]);
});

it("logs in to Dynata with a password, lists projects and logs out", async () => {
  pageServer.configure("dynata-password", { apiUrl: gateways.dynata.url, ...fakeDynataUser });
  expect(await outcome("dynata-password")).toEqual({
    result: { projects: expect.any(Number), signedIn: "valid", afterLogout: "empty" },
  });
  const calls = (path: string) => dynata.count({ path: `/auth/v1/${path}` });
  expect([calls("token/password"), calls("logout")]).toEqual([1, 1]);
  expect([...gateways.dynata.origins]).toEqual([pageServer.origin]);
});
