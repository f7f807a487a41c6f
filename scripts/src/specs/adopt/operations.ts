// Lists a document's operations with their method, path and location, for fixes and checks.

import { HTTP_METHODS } from "../../openapi/http-methods.js";
import { isObject, type OpenApiDocument } from "../../openapi/load.js";
import { childPointer } from "./json-pointer.js";

/** One operation of the `paths` object. */
export interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly pointer: string;
  readonly operation: Record<string, unknown>;
}

/** Every operation under `paths`, in document order. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  if (!isObject(doc.paths)) return entries;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const pointer = childPointer(childPointer("/paths", path), method);
      entries.push({ method, path, pointer, operation });
    }
  }
  return entries;
}

/** Names an operation the way people read it, e.g. "GET /oapi/v1/devices". */
export function operationLabel(entry: Pick<OperationEntry, "method" | "path">): string {
  return `${entry.method.toUpperCase()} ${entry.path}`;
}
