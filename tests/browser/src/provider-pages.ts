// Which pages drive each registered provider: its own (`packages/<name>/suites/browser.ts` and a script per
// flow under `suites/browser/`), else the registry's default page, built from its entry.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  fakeSecrets,
  importSuiteFile,
  type ProviderEntry,
  suiteFile,
} from "@provider-clients/scripts/providers";
import type { BrowserPage, BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

/** One page to bundle and open: its id (`<provider>-<flow>`), the bundle entry's source and its Node side. */
export interface PageCase {
  id: string;
  provider: string;
  /** Source of the bundle entry: imports the page script and runs it with the page's config. */
  entry: string;
  page: BrowserPage;
}

const pagesDir = fileURLToPath(new URL("../pages/", import.meta.url));
const pageIo = JSON.stringify(path.join(pagesDir, "page-io.ts"));

/** The provider's own pages, or undefined when it has no `suites/browser.ts`; throws naming a missing script. */
export async function ownPages(entry: ProviderEntry): Promise<PageCase[] | undefined> {
  const file = suiteFile(entry, "browser");
  const suite = await importSuiteFile<BrowserSuiteFile>(entry, "browser");
  if (!file || !suite) return undefined;
  return Object.entries(suite.browserPages).map(([flow, page]) => {
    const script = path.join(path.dirname(file), "browser", `${flow}.ts`);
    if (!existsSync(script))
      throw new Error(
        `${path.relative(process.cwd(), file)} names flow "${flow}", but ${script} is missing`,
      );
    return {
      id: `${entry.name}-${flow}`,
      provider: entry.name,
      entry: `import script from ${JSON.stringify(script)};\nimport { runPageScript } from ${pageIo};\nrunPageScript(script);\n`,
      page,
    };
  });
}

type Testing = Record<string, unknown>;
type StartFake = () => Promise<{
  url: string;
  requests(match: { operationId: string }): readonly { status: number; credential: string }[];
  close(): Promise<void>;
}>;

/** The registry's default page for `entry`, or undefined when no static credential has a secret in its `/testing` record. */
export async function defaultPage(entry: ProviderEntry): Promise<PageCase | undefined> {
  if (!entry.credentials.some((c) => c.kind === "static") || !entry.exports.fakeCredentials)
    return undefined;
  const testing = (await import(`${entry.package}/testing`)) as Testing;
  const found = fakeSecrets(entry, testing);
  if (typeof found === "string") return undefined;
  const { credential, secret } = found[0]!;
  const startFake = testing[entry.exports.fakeServer] as StartFake;
  const probe = entry.probe;
  return {
    id: `${entry.name}-registry-default`,
    provider: entry.name,
    entry:
      `import * as provider from ${JSON.stringify(entry.package)};\n` +
      `import { registryDefaultPage } from ${JSON.stringify(path.join(pagesDir, "registry-default.ts"))};\n` +
      `import { runPageScript } from ${pageIo};\n` +
      "runPageScript((config) => registryDefaultPage(provider, config));\n",
    page: {
      test: `${entry.name}: the registry's default page calls ${probe} with ${entry.exports.auth}.${credential.builder}, and a wrong secret is refused`,
      async start() {
        const fake = await startFake();
        return {
          target: fake.url,
          config: {
            client: entry.exports.client,
            auth: entry.exports.auth,
            builder: credential.builder,
            secret,
            probe,
          },
          check(outcome) {
            expect(outcome).toEqual({
              result: { status: 200, session: "static", refused: "ApiError 401" },
            });
            const calls = fake.requests({ operationId: probe });
            expect(calls.map((call) => call.status)).toEqual([200, 401]);
            expect(calls.map((call) => call.credential === "invalid")).toEqual([false, true]);
          },
          close: () => fake.close(),
        };
      },
    },
  };
}

/** Each provider's own pages, else its default page; `missing` names the file a provider with neither must add. */
export async function providerPages(
  entries: readonly ProviderEntry[],
): Promise<{ cases: PageCase[]; missing: string[] }> {
  const cases: PageCase[] = [];
  const missing: string[] = [];
  for (const entry of entries) {
    const own = (await ownPages(entry)) ?? [await defaultPage(entry)].flatMap((c) => c ?? []);
    if (own.length > 0) cases.push(...own);
    else
      missing.push(
        `${entry.name}: add packages/${entry.name}/suites/browser.ts (no static credential has a secret in its /testing record exports.fakeCredentials, so the default page cannot drive it)`,
      );
  }
  return { cases, missing };
}
