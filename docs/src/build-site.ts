// Builds the whole reference into a staging folder, checks its links, then swaps it into place:
// a failed build leaves the previous site as it was.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildApiReference } from "./api-reference.js";
import { type BrokenLink, checkLinks } from "./check-links.js";
import { stylesheet } from "./html.js";
import { readProviderSpec } from "./operation-model.js";
import { providerExamples } from "./providers.js";
import { renderOperations } from "./render-operations.js";
import { type OperationIndexEntry, renderSiteIndex } from "./site-index.js";
import { repoRoot, siteDir } from "./site-paths.js";

/** Raised when the built site has links that resolve to nothing. */
export class BrokenLinksError extends Error {
  override name = "BrokenLinksError";
  constructor(readonly broken: BrokenLink[]) {
    super(
      `${broken.length} broken links:\n${broken
        .slice(0, 20)
        .map((b) => `  ${b.page}: ${b.href} (${b.reason})`)
        .join("\n")}`,
    );
  }
}

/** What a build produced. */
export interface SiteSummary {
  dir: string;
  pages: number;
  links: number;
  operations: number;
}

/** Builds the site into `outDir` (default `docs/site`). */
export async function buildSite(outDir = siteDir): Promise<SiteSummary> {
  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  const retired = `${outDir}.old-${process.pid}-${Date.now()}`;
  try {
    const api = await buildApiReference(path.join(staging, "api"));
    const operations: OperationIndexEntry[] = [];
    for (const provider of providerExamples) {
      const spec = await readProviderSpec(
        path.join(repoRoot, "specs", provider.provider, "openapi.yaml"),
      );
      await writeFiles(staging, renderOperations(provider, spec));
      operations.push({ provider, operations: spec.operations.length });
    }
    await writeFiles(
      staging,
      new Map([
        ["index.html", renderSiteIndex(api, operations)],
        ["reference.css", stylesheet],
      ]),
    );
    const report = await checkLinks(staging);
    if (report.broken.length > 0) throw new BrokenLinksError(report.broken);
    await rm(retired, { recursive: true, force: true });
    await rename(outDir, retired).catch(() => undefined);
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
    return {
      dir: outDir,
      pages: report.pages,
      links: report.checked,
      operations: operations.reduce((sum, entry) => sum + entry.operations, 0),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function writeFiles(root: string, files: Map<string, string>): Promise<void> {
  for (const [name, content] of files) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
