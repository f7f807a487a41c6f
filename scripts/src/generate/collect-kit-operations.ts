// One walk of every operation for the fake-server kit: its parameters, body and responses, each with its pointer.
import { isObject, type OpenApiDocument } from "../openapi/load.js";
import { joinPointer, RefResolver } from "../openapi/resolve-refs.js";
import type { OperationEntry } from "./render-operations.js";
import { isJsonMediaType } from "./render-validators.js";

/** A parameter as the kit needs it; `pointer` is where its schema lives in the document. */
export interface KitParameterEntry {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: unknown;
  pointer: string;
}

/** Everything the kit reads about one operation. */
export interface KitOperationEntry {
  operationId: string;
  parameters: KitParameterEntry[];
  body?: {
    required: boolean;
    contentTypes: string[];
    /** The JSON or form media type the schema belongs to. */
    media?: string;
    schema?: unknown;
    pointer?: string;
  };
  responses: [status: string, response: { contentType?: string; schema?: unknown }][];
}

/** Collects parameters (path-level ones overridden by the operation's), body and responses. */
export function collectKitOperations(
  doc: OpenApiDocument,
  file: string,
  entries: OperationEntry[],
): KitOperationEntry[] {
  const resolver = new RefResolver(doc, file);
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  return entries.map((entry) => {
    const itemPointer = joinPointer("", "paths", entry.path);
    const item = paths[entry.path] ?? {};
    const op = item[entry.method] as Record<string, unknown>;
    const opPointer = joinPointer(itemPointer, entry.method);
    const byKey = new Map<string, KitParameterEntry>();
    const lists: [unknown, string][] = [
      [item.parameters, joinPointer(itemPointer, "parameters")],
      [op.parameters, joinPointer(opPointer, "parameters")],
    ];
    for (const [list, at] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((raw, index) => {
        const found = resolver.follow(raw, joinPointer(at, index));
        const p = found.value;
        if (!isObject(p) || typeof p.name !== "string" || typeof p.in !== "string") return;
        const location = p.in as KitParameterEntry["in"];
        const name = location === "header" ? p.name.toLowerCase() : p.name;
        byKey.set(`${location} ${name}`, {
          name,
          in: location,
          required: p.required === true || location === "path",
          schema: p.schema ?? {},
          pointer: joinPointer(found.pointer, "schema"),
        });
      });
    }
    const result: KitOperationEntry = {
      operationId: entry.operationId,
      parameters: [...byKey.values()],
      responses: [],
    };
    if (op.requestBody !== undefined) {
      const found = resolver.follow(op.requestBody, joinPointer(opPointer, "requestBody"));
      const body = isObject(found.value) ? found.value : {};
      const content = isObject(body.content) ? body.content : {};
      const contentTypes = Object.keys(content);
      const media = contentTypes.find((m) => isJsonMediaType(m) || isFormMediaType(m));
      const chosen = media === undefined ? undefined : content[media];
      result.body = { required: body.required === true, contentTypes };
      if (media !== undefined && isObject(chosen) && chosen.schema !== undefined) {
        result.body.media = media;
        result.body.schema = chosen.schema;
        result.body.pointer = joinPointer(found.pointer, "content", media, "schema");
      }
    }
    const responses = isObject(op.responses) ? op.responses : {};
    for (const [status, declared] of Object.entries(responses)) {
      const found = resolver.follow(declared, joinPointer(opPointer, "responses", status));
      const response = isObject(found.value) ? found.value : {};
      const content = isObject(response.content) ? response.content : {};
      const types = Object.keys(content);
      const json = types.find(isJsonMediaType);
      const media = json ?? types[0];
      const schema =
        media === undefined ? undefined : (content[media] as { schema?: unknown }).schema;
      result.responses.push([
        status,
        media === undefined
          ? {}
          : json !== undefined && schema !== undefined
            ? { contentType: media, schema }
            : { contentType: media },
      ]);
    }
    return result;
  });
}

/** `application/x-www-form-urlencoded`, whose values arrive as strings like query parameters. */
export function isFormMediaType(media: string): boolean {
  return media.split(";")[0]!.trim().toLowerCase() === "application/x-www-form-urlencoded";
}
