// Public surface of the adopt pipeline (vendor document -> our document).
export { type AdoptedFiles, adoptProviderFiles } from "./adopt-provider-files.js";
export { type AdoptedDocument, adoptVendorDocument } from "./adopt-vendor-document.js";
export { adoptVendorText } from "./adopt-vendor-text.js";
export {
  type AdoptedProvider,
  adoptedProvider,
  adoptedProviders,
  adoptionGaps,
  loadFixes,
} from "./adopted-providers.js";
export { applyProse, findProseGaps } from "./apply-prose.js";
export type { ProviderFixes } from "./fixes/provider-fixes.js";
export { listOperations, type OperationEntry, operationLabel } from "./operations.js";
export { type ProseOverlay, parseProseOverlay } from "./prose-overlay.js";
export { renderDifferences } from "./render-differences.js";
export { serializeDocument } from "./serialize-document.js";
export { sortKeys } from "./sort-keys.js";
export { type AppliedDifference, applyFixes, type SpecFix } from "./spec-fix.js";
export { stripVendorProse } from "./strip-vendor-prose.js";
export { OUTPUT_OPENAPI_VERSION, upgradeToOpenApi31 } from "./upgrade-to-openapi-3-1.js";
