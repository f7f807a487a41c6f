// Writes a document as YAML the same way every time, so regenerated specs diff cleanly.
import { stringify } from "yaml";
import type { OpenApiDocument } from "../../openapi/load.js";

/** Deterministic YAML (no line folding, no anchors) ending in one newline. */
export function serializeDocument(doc: OpenApiDocument): string {
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false, indent: 2 });
}
