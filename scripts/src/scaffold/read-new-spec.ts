// Reads the spec given to `pnpm new-provider` (a file or an https URL) and takes from it what the registry entry needs.
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** The spec's text and parsed document. */
export interface NewSpec {
  text: string;
  doc: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads `source` (a path, or an http(s) URL fetched once) and parses it as YAML or JSON. */
export async function readNewSpec(source: string): Promise<NewSpec> {
  const text = /^https?:\/\//.test(source)
    ? await fetch(source).then(async (response) => {
        if (!response.ok) throw new Error(`--spec ${source} answered ${response.status}`);
        return response.text();
      })
    : await readFile(source, "utf8");
  const doc: unknown = parse(text);
  if (!isObject(doc) || typeof doc.openapi !== "string" || !doc.openapi.startsWith("3."))
    throw new Error(`--spec ${source} is not an OpenAPI 3 document`);
  return { text, doc };
}

/** Every operation as `{ method, path, operation }`, paths sorted. */
export function operationsOf(doc: Record<string, unknown>) {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const methods = ["get", "put", "post", "delete", "patch"];
  return Object.keys(paths)
    .sort()
    .flatMap((path) => {
      const item = paths[path];
      return methods.flatMap((method) => {
        const operation = isObject(item) ? item[method] : undefined;
        return isObject(operation) ? [{ method, path, operation }] : [];
      });
    });
}

/** operationId of the first GET without required parameters that needs a credential: the probe every credential may call. */
export function findProbe(doc: Record<string, unknown>): { operationId: string; path: string } {
  for (const { method, path, operation } of operationsOf(doc)) {
    const required = ((operation.parameters as unknown[]) ?? []).some(
      (p) => isObject(p) && p.required === true,
    );
    if (
      method === "get" &&
      !path.includes("{") &&
      !required &&
      needsCredential(operation.security ?? doc.security) &&
      typeof operation.operationId === "string"
    )
      return { operationId: operation.operationId, path };
  }
  throw new Error(
    "the spec needs a GET without parameters (with an operationId) that needs a credential to probe the API",
  );
}

/** Whether a `security` list asks for a credential: the probe's tests check a call without one is refused. */
function needsCredential(security: unknown): boolean {
  return (
    Array.isArray(security) &&
    security.length > 0 &&
    !security.some((s) => isObject(s) && Object.keys(s).length === 0)
  );
}

/** Follows one local `$ref` (`#/components/...`), else returns the value itself. */
function resolveLocal(doc: Record<string, unknown>, value: unknown): unknown {
  if (!isObject(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/"))
    return value;
  let at: unknown = doc;
  for (const key of value.$ref.slice(2).split("/")) at = isObject(at) ? at[key] : undefined;
  return at;
}

/** JSON pointer of the schema the first 4xx answer refers to, and its string field carrying the message. */
export function findErrorShape(doc: Record<string, unknown>): { pointer: string; field: string } {
  for (const { operation } of operationsOf(doc)) {
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, declared] of Object.entries(responses)) {
      const response = resolveLocal(doc, declared);
      if (!/^4\d\d$/.test(status) || !isObject(response) || !isObject(response.content)) continue;
      const json = response.content["application/json"];
      const ref = isObject(json) && isObject(json.schema) ? json.schema.$ref : undefined;
      if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) continue;
      const schema = (doc.components as { schemas?: Record<string, unknown> }).schemas?.[
        ref.slice("#/components/schemas/".length)
      ];
      const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
      const strings = Object.keys(properties).filter((key) => {
        const property = properties[key];
        return isObject(property) && property.type === "string";
      });
      const field =
        ["message", "detail", "error", "title", "description"].find((key) =>
          strings.includes(key),
        ) ?? strings[0];
      const required = isObject(schema) && Array.isArray(schema.required) ? schema.required : [];
      if (field && required.every((key) => key === field)) return { pointer: ref, field };
    }
  }
  throw new Error(
    "the spec needs a 4xx answer whose JSON body is a $ref to an object schema with a string message field (and no other required field)",
  );
}
