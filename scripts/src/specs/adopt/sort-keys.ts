// Puts every key in a fixed order so the same facts always serialise to the same bytes.
import type { OpenApiDocument } from "../../openapi/load.js";
import { type NodeKind, walkOpenApi } from "./walk-openapi.js";

const DOCUMENT_ORDER = [
  "openapi",
  "info",
  "jsonSchemaDialect",
  "servers",
  "security",
  "tags",
  "externalDocs",
  "paths",
  "webhooks",
  "components",
];
const PATH_ITEM_ORDER = [
  "$ref",
  "summary",
  "description",
  "servers",
  "parameters",
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];
const OPERATION_ORDER = [
  "operationId",
  "summary",
  "description",
  "tags",
  "deprecated",
  "security",
  "servers",
  "parameters",
  "requestBody",
  "responses",
  "callbacks",
];
const COMPONENTS_ORDER = [
  "securitySchemes",
  "parameters",
  "headers",
  "requestBodies",
  "responses",
  "schemas",
  "examples",
  "links",
  "callbacks",
  "pathItems",
];
// Other objects: identity and type first, then the rest alphabetically.
const GENERAL_ORDER = [
  "$ref",
  "name",
  "in",
  "title",
  "summary",
  "description",
  "version",
  "url",
  "type",
  "scheme",
  "format",
  "contentMediaType",
  "required",
];

const ORDERS: Partial<Record<NodeKind, readonly string[]>> = {
  document: DOCUMENT_ORDER,
  pathItem: PATH_ITEM_ORDER,
  operation: OPERATION_ORDER,
  components: COMPONENTS_ORDER,
};

/** Reorders keys in place: fixed orders for known objects, alphabetical for name maps. */
export function sortKeys(doc: OpenApiDocument): void {
  walkOpenApi(doc, {
    object(node, kind) {
      reorder(node, ORDERS[kind] ?? GENERAL_ORDER);
    },
    map(node) {
      reorder(node, []);
    },
  });
}

function reorder(node: Record<string, unknown>, priority: readonly string[]): void {
  const keys = Object.keys(node).sort((a, b) => {
    const pa = priority.indexOf(a);
    const pb = priority.indexOf(b);
    if (pa !== -1 || pb !== -1)
      return (pa === -1 ? priority.length : pa) - (pb === -1 ? priority.length : pb);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const entries = keys.map((key) => [key, node[key]] as const);
  for (const key of keys) delete node[key];
  for (const [key, value] of entries) node[key] = value;
}
