// Reads a vendor file and our prose overlay and produces the texts we commit for one provider.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SpecError } from "../../openapi/load.js";
import { adoptVendorText } from "./adopt-vendor-text.js";
import { loadFixes } from "./adopted-providers.js";
import { findProseGaps } from "./apply-prose.js";
import { listOperations } from "./operations.js";
import { parseProseOverlay } from "./prose-overlay.js";
import { renderDifferences } from "./render-differences.js";
import { serializeDocument } from "./serialize-document.js";

/** The committed texts for one provider, plus overlay gaps worth a warning. */
export interface AdoptedFiles {
  readonly openapiYaml: string;
  readonly differencesMd: string;
  readonly proseGaps: string[];
  readonly operationCount: number;
}

/** Adopts `vendorFile` with `<specsDir>/<provider>/adopt-fixes.ts` and `prose.yaml`; writes nothing. */
export async function adoptProviderFiles(
  provider: string,
  vendorFile: string,
  specsDir: string,
): Promise<AdoptedFiles> {
  const fixes = await loadFixes(specsDir, provider);
  const proseFile = join(specsDir, provider, "prose.yaml");
  const prose = parseProseOverlay(await readText(proseFile), proseFile);
  const { document, differences } = adoptVendorText(
    await readText(vendorFile),
    vendorFile,
    provider,
    fixes,
    prose,
  );
  const openapiYaml = serializeDocument(document);
  return {
    openapiYaml,
    differencesMd: renderDifferences(provider, differences),
    proseGaps: findProseGaps(document, prose),
    operationCount: listOperations(document).length,
  };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new SpecError(file, "", `cannot read file (${code})`, { cause: error });
  }
}
