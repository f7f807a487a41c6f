// Removes keys an OpenAPI object does not define, so nothing the bundler might follow rides along unseen.

import { HTTP_METHODS } from "../../openapi/http-methods.js";
import type { OpenApiDocument } from "../../openapi/load.js";
import { childPointer } from "./json-pointer.js";
import type { SpecFix } from "./spec-fix.js";
import { type NodeKind, walkOpenApi } from "./walk-openapi.js";

// Fixed fields of each OpenAPI 3.0/3.1 object (3.1 $ref siblings `summary`/`description` included).
const REF = ["$ref", "summary", "description"];
// What parameters and headers share: how a value is described and serialised.
const SERIALIZED = [
  "required",
  "deprecated",
  "allowEmptyValue",
  "style",
  "explode",
  "allowReserved",
  "schema",
  "example",
  "examples",
  "content",
];
const FIELDS: Partial<Record<NodeKind, readonly string[]>> = {
  document: [
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "paths",
    "webhooks",
    "components",
    "security",
    "tags",
    "externalDocs",
  ],
  info: ["title", "summary", "description", "termsOfService", "contact", "license", "version"],
  server: ["url", "description", "variables"],
  serverVariable: ["enum", "default", "description"],
  pathItem: [...REF, ...HTTP_METHODS, "servers", "parameters"],
  operation: [
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "deprecated",
    "security",
    "servers",
  ],
  parameter: [...REF, "name", "in", ...SERIALIZED],
  header: [...REF, ...SERIALIZED],
  requestBody: [...REF, "content", "required"],
  mediaType: ["schema", "example", "examples", "encoding"],
  encoding: ["contentType", "headers", "style", "explode", "allowReserved"],
  response: [...REF, "headers", "content", "links"],
  example: [...REF, "value"],
  link: [...REF, "operationRef", "operationId", "parameters", "requestBody", "server"],
  discriminator: ["propertyName", "mapping"],
  securityScheme: [
    ...REF,
    "type",
    "name",
    "in",
    "scheme",
    "bearerFormat",
    "flows",
    "openIdConnectUrl",
  ],
  oauthFlows: ["implicit", "password", "clientCredentials", "authorizationCode"],
  oauthFlow: ["authorizationUrl", "tokenUrl", "refreshUrl", "scopes"],
  tag: ["name", "description", "externalDocs"],
  externalDocs: ["description", "url"],
  components: [
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
  ],
};

/** Calls `found` for every key its OpenAPI object does not define (`x-` extensions are allowed). */
function eachUnknownKey(
  doc: OpenApiDocument,
  found: (node: Record<string, unknown>, key: string, pointer: string) => void,
): void {
  walkOpenApi(doc, {
    object(node, kind, pointer) {
      const known = FIELDS[kind];
      if (!known) return; // schemas take any JSON Schema keyword; `other` is not ours to judge
      for (const key of Object.keys(node)) {
        if (!known.includes(key) && !key.startsWith("x-"))
          found(node, key, childPointer(pointer, key));
      }
    },
  });
}

/** JSON pointers of every key its OpenAPI object does not define. */
export function unknownKeys(doc: OpenApiDocument): string[] {
  const pointers: string[] = [];
  eachUnknownKey(doc, (_node, _key, pointer) => pointers.push(pointer));
  return pointers;
}

/** Deletes every key its object does not define (`x-` extensions are stripped with vendor prose); returns their pointers. */
export function dropUnknownKeys(doc: OpenApiDocument): string[] {
  const dropped: Array<[Record<string, unknown>, string, string]> = [];
  eachUnknownKey(doc, (node, key, pointer) => dropped.push([node, key, pointer]));
  for (const [node, key] of dropped) delete node[key];
  return dropped.map(([, , pointer]) => pointer);
}

/** The same, as a documented difference listed in differences.md. */
export const dropUnknownKeysFix: SpecFix = {
  name: "dropUnknownKeys",
  what: "Keys the OpenAPI object they sit in does not define are removed",
  why: "unknown keys mean nothing to clients, and some (externalValue, $ref) would make code generation fetch URLs or read files",
  apply: dropUnknownKeys,
};
