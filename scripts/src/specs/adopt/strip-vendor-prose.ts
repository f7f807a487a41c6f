// Removes the vendor's wording and samples so only facts remain; our own prose is added later.
import type { OpenApiDocument } from "../../openapi/load.js";
import { walkOpenApi } from "./walk-openapi.js";

// Keys that carry vendor prose or sample data rather than facts about the API.
const PROSE_KEYS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
]);

/** Deletes descriptions, summaries, titles, examples, externalDocs and `x-` extensions everywhere. */
export function stripVendorProse(doc: OpenApiDocument): void {
  walkOpenApi(doc, {
    object(node, kind) {
      if (kind === "info") {
        // Only the version is a fact; title, contact and terms belong to the vendor.
        for (const key of Object.keys(node)) if (key !== "version") delete node[key];
        return;
      }
      for (const key of Object.keys(node)) {
        if (PROSE_KEYS.has(key) || key.startsWith("x-")) delete node[key];
      }
    },
  });
  const components = doc.components as Record<string, unknown> | undefined;
  if (components && typeof components === "object") delete components.examples;
  for (const key of Object.keys(doc)) if (key.startsWith("x-")) delete doc[key];
}
