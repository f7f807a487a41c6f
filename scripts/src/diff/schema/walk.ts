// The recursion hook structural rules use to compare child schemas.
import type { SchemaAt } from "../../openapi/canonical-schema.js";

/** Compares two child schemas at a location (supplied by compare-schema, which guards cycles). */
export type Walk = (before: SchemaAt, after: SchemaAt, location: string) => void;

/** Stands in for a missing child schema: any value, with one fixed identity so cycles still end. */
export function anySchema(): SchemaAt {
  return { schema: {}, pointer: "(any)" };
}
