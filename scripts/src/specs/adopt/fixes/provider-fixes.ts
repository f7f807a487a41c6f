// The per-provider fix lists: some repair the raw vendor file, the rest run on the normalised document.
import type { SpecFix } from "../spec-fix.js";

/** Fixes for one provider, split by when they run. */
export interface ProviderFixes {
  /** Run on the vendor document as parsed, before it is upgraded and stripped (repairs invalid input). */
  readonly beforeNormalise: readonly SpecFix[];
  /** Run on the normalised, prose-free document. */
  readonly afterNormalise: readonly SpecFix[];
}
