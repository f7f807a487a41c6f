// The built reference (`pnpm docs`, docs/site) as a reader sees it: the index, a click through to a
// provider's operations, one operation's page with its example, and a TypeDoc page rendered by its scripts.
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../src/chromium.js";
import { type StaticServer, startStaticServer } from "../src/static-server.js";

const siteDir = fileURLToPath(new URL("../../../docs/site", import.meta.url));

let site: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  site = await startStaticServer(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it("opens the index, follows Dynu to an operation page and finds the operation's example", async () => {
  const tab = await browser.context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(error.message));
  tab.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  try {
    await tab.goto(`${site.origin}/index.html`);
    expect(await tab.title()).toBe("provider-clients reference");
    await tab.locator("#providers").getByRole("link", { name: "Dynu" }).click();
    await tab.waitForURL("**/operations/dynu/index.html");
    await tab.locator("#operations").getByRole("link", { name: "dnsIdGet", exact: true }).click();
    await tab.waitForURL("**/operations/dynu/dnsIdGet.html");

    expect(await tab.locator("#endpoint").textContent()).toBe("GET /dns/{id}");
    const example = await tab.locator("#example").textContent();
    expect(example).toContain(
      'import { dynuAuth, createDynuClient } from "@provider-clients/dynu";',
    );
    expect(example).toContain("await dynu.op.dnsIdGet({");
    expect(example).toContain("params: { path: { id: ");
    expect(await tab.locator("#example").isVisible()).toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await tab.close();
  }
});

it("opens a package's API page, which TypeDoc's scripts render", async () => {
  const tab = await browser.context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(error.message));
  try {
    await tab.goto(`${site.origin}/index.html`);
    await tab
      .locator("#packages")
      .getByRole("link", { name: "@provider-clients/dynu", exact: true })
      .click();
    const heading = tab.locator("h1").first();
    await heading.waitFor();
    expect(await heading.textContent()).toContain("@provider-clients/dynu");
    await expect
      .poll(() => tab.getByRole("link", { name: "createDynuClient" }).first().isVisible())
      .toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await tab.close();
  }
});
