// One Chromium, one page server and the bundled pages for a test file; `open` runs one page behind a CORS gateway.
import { afterAll, beforeAll, expect } from "vitest";
import { bundleForBrowser } from "./bundle.js";
import { launchChromium } from "./chromium.js";
import { startCorsGateway } from "./cors-gateway.js";
import { type PageServer, startPageServer } from "./page-server.js";
import type { PageCase } from "./provider-pages.js";

/** Registers the file's beforeAll/afterAll; the returned function runs one page and its checks. */
export function usePageSession(cases: readonly PageCase[]): (page: PageCase) => Promise<void> {
  let pageServer: PageServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

  beforeAll(async () => {
    const bundle = await bundleForBrowser(
      Object.fromEntries(cases.map((page) => [page.id, { contents: page.entry }])),
      { resolveDir: new URL("..", import.meta.url).pathname },
    );
    expect(bundle.errors.map((error) => error.text)).toEqual([]);
    pageServer = await startPageServer(bundle.files);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await pageServer?.close();
  });

  return async (page) => {
    const server = pageServer!;
    const run = await page.page.start({ pageUrl: server.pageUrl(page.id) });
    const gateway = await startCorsGateway({
      target: run.target,
      allowOrigin: () => server.origin,
      ...(run.consentPath === undefined ? {} : { consentPath: run.consentPath }),
    });
    try {
      server.configure(page.id, { ...run.config, apiUrl: gateway.url });
      await run.check(await outcome(browser!.context, server.pageUrl(page.id), run.consentPath));
      expect([...gateway.origins]).toEqual([server.origin]);
    } finally {
      await gateway.close();
      await run.close();
    }
  };
}

// Opens a page, lets it run (clicking Approve on the consent page when there is one) and returns its outcome.
async function outcome(
  context: Awaited<ReturnType<typeof launchChromium>>["context"],
  url: string,
  consentPath: string | undefined,
): Promise<unknown> {
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(error.message));
  try {
    await tab.goto(url);
    if (consentPath !== undefined) await tab.click("#approve");
    const shown = tab.locator("#result, #error");
    await shown.waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
    return { [(await shown.getAttribute("id"))!]: JSON.parse((await shown.textContent())!) };
  } finally {
    await tab.close();
  }
}
