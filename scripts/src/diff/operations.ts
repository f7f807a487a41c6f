// Lists the operations of a document, keyed `METHOD /path`, following path item $refs.

import { HTTP_METHODS } from "../openapi/http-methods.js";
import { isObject, SpecError } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import type { Side } from "./context.js";

/** One operation and the path item it sits in (for path-level parameters). */
export interface OperationAt {
  key: string;
  node: Record<string, unknown>;
  pointer: string;
  pathItem: Record<string, unknown>;
  pathItemPointer: string;
}

/** Every operation of the document, sorted by key; throws SpecError when `paths` is missing. */
export function listOperations(side: Side): Map<string, OperationAt> {
  const paths = side.doc.paths;
  if (!isObject(paths)) throw new SpecError(side.resolver.file, "/paths", "missing paths object");
  const found: OperationAt[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = side.resolver.follow(rawItem, joinPointer("/paths", path));
    if (!isObject(item.value)) continue;
    for (const method of HTTP_METHODS) {
      const node = item.value[method];
      if (!isObject(node)) continue;
      found.push({
        key: `${method.toUpperCase()} ${path}`,
        node,
        pointer: joinPointer(item.pointer, method),
        pathItem: item.value,
        pathItemPointer: item.pointer,
      });
    }
  }
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Map(found.map((operation) => [operation.key, operation]));
}
