// Turns a vendor's OpenAPI document into ours: facts kept, our prose, documented fixes, 3.1, stable order.
import { isObject, type OpenApiDocument, SpecError } from "../../openapi/load.js";
import { applyProse } from "./apply-prose.js";
import { dropUnknownKeysFix } from "./drop-unknown-keys.js";
import type { ProviderFixes } from "./fixes/provider-fixes.js";
import type { ProseOverlay } from "./prose-overlay.js";
import { sortKeys } from "./sort-keys.js";
import { type AppliedDifference, applyFixes } from "./spec-fix.js";
import { stripVendorProse } from "./strip-vendor-prose.js";
import { upgradeToOpenApi31 } from "./upgrade-to-openapi-3-1.js";

/** Our document plus the documented differences that were applied to reach it. */
export interface AdoptedDocument {
  readonly document: OpenApiDocument;
  readonly differences: AppliedDifference[];
}

/** Adopts a parsed vendor document with the provider's fixes; the input is not modified. */
export function adoptVendorDocument(
  vendorDoc: OpenApiDocument,
  provider: string,
  fixes: ProviderFixes,
  prose: ProseOverlay,
): AdoptedDocument {
  const doc = structuredClone(vendorDoc);
  // Sorting first makes every fix see (and report) the same order whatever the input's key order.
  sortKeys(doc);
  const differences = applyFixes(doc, fixes.beforeNormalise);
  checkAdoptable(doc, provider);
  upgradeToOpenApi31(doc);
  stripVendorProse(doc);
  differences.push(...applyFixes(doc, [dropUnknownKeysFix]));
  differences.push(...applyFixes(doc, fixes.afterNormalise));
  applyProse(doc, prose);
  sortKeys(doc);
  return { document: doc, differences };
}

function checkAdoptable(doc: OpenApiDocument, provider: string): void {
  const file = `${provider} vendor document`;
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    throw new SpecError(
      file,
      "/openapi",
      `expected OpenAPI 3.0 or 3.1, found ${JSON.stringify(doc.openapi ?? null)}`,
    );
  }
  if (!isObject(doc.info) || typeof doc.info.version !== "string") {
    throw new SpecError(file, "/info/version", "missing API version");
  }
  if (!isObject(doc.paths) || Object.keys(doc.paths).length === 0) {
    throw new SpecError(file, "/paths", "no paths");
  }
}
