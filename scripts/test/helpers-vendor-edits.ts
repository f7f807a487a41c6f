// Edits to a vendor's OpenAPI document that play "the vendor changed its API" in specs:update tests.

type JsonObject = Record<string, unknown>;

const child = (node: unknown, key: string) => (node as JsonObject)[key] as JsonObject;

/** A deep copy, so each case edits its own document. */
export function cloneDocument(doc: JsonObject): JsonObject {
  return structuredClone(doc);
}

/** Sets `info.version`. */
export function setVersion(doc: JsonObject, version: string): JsonObject {
  child(doc, "info").version = version;
  return doc;
}

/** Adds an optional query parameter to one operation. */
export function addOptionalQueryParameter(
  doc: JsonObject,
  route: string,
  method: string,
  name: string,
) {
  const operation = child(child(doc, "paths"), route)[method] as JsonObject;
  const parameters = (operation.parameters ?? []) as JsonObject[];
  operation.parameters = [
    ...parameters,
    { name, in: "query", required: false, schema: { type: "string" } },
  ];
  return doc;
}

/** Adds `GET <route>` answering `{ <property>: integer }`, secured like the vendor's other calls. */
export function addGetOperation(
  doc: JsonObject,
  route: string,
  operationId: string,
  property: string,
) {
  const schema = {
    type: "object",
    required: [property],
    properties: { [property]: { type: "integer" } },
  };
  child(doc, "paths")[route] = {
    get: {
      operationId,
      responses: { "200": { description: "OK", content: { "application/json": { schema } } } },
    },
  };
  return doc;
}

/** Removes a path and all its operations. */
export function removePath(doc: JsonObject, route: string): JsonObject {
  delete child(doc, "paths")[route];
  return doc;
}

/** Renames a component schema and every `$ref` to it; the API itself does not change. */
export function renameSchema(doc: JsonObject, from: string, to: string): JsonObject {
  const text = JSON.stringify(doc).replaceAll(
    `"#/components/schemas/${from}"`,
    `"#/components/schemas/${to}"`,
  );
  const renamed = JSON.parse(text) as JsonObject;
  const schemas = child(child(renamed, "components"), "schemas");
  schemas[to] = schemas[from];
  delete schemas[from];
  return renamed;
}

/** Removes one value from a component schema's enum. */
export function removeEnumValue(doc: JsonObject, schema: string, value: string): JsonObject {
  const target = child(child(child(doc, "components"), "schemas"), schema);
  target.enum = (target.enum as unknown[]).filter((v) => v !== value);
  return doc;
}
