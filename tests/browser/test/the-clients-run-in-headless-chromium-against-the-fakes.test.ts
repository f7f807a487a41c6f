// Real browser, real bundles, real sockets: each provider's pages (its own, else the registry's default)
// call its fake through a CORS gateway on another origin.
import { providerEntry, providerNames, registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { usePageSession } from "../src/page-session.js";
import { providerPages } from "../src/provider-pages.js";

const { cases, missing } = await providerPages(registry);
const open = usePageSession(cases);

it("drives every registered provider from at least one page", () => {
  expect(missing).toEqual([]);
  expect([...new Set(cases.map((page) => page.provider))].sort()).toEqual([...providerNames]);
});

it("asks a provider with neither its own page nor a fake static secret for packages/<name>/suites/browser.ts", async () => {
  // Dynata's only credential is managed, so the default page cannot sign in for it.
  const unpaged = { ...providerEntry("dynata"), name: "no-pages-yet" };
  expect((await providerPages([unpaged])).missing).toEqual([
    expect.stringContaining("add packages/no-pages-yet/suites/browser.ts"),
  ]);
});

it.each(cases.map((page) => [page.page.test, page]))("%s", async (_test, page) => {
  await open(page);
});
