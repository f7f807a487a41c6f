// Turns a parsed OpenAPI document into TypeScript types with openapi-typescript's Node API.
import { createRequire } from "node:module";
import type * as Redocly from "@redocly/openapi-core";
import type * as OpenapiTypescript from "openapi-typescript";
import type * as TypeScript from "typescript";
import type { OpenApiDocument } from "../openapi/load.js";

// Loaded with require: importing these CommonJS packages from ESM makes Node scan typescript.js
// (9 MB) and redocly for named exports on every start, a quarter of a cold codegen run.
const require = createRequire(import.meta.url);
const ts: typeof TypeScript = require("typescript");
const { default: openapiTS, astToString }: typeof OpenapiTypescript = require("openapi-typescript");
const { createConfig }: typeof Redocly = require("@redocly/openapi-core");
type Config = Redocly.Config;

const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/** Renders the `paths`/`components`/`operations` types for one document. */
export async function renderTypes(doc: OpenApiDocument): Promise<string> {
  // openapi-typescript may annotate the object it is given: hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform: binaryAsBlob,
    redocly: await bundleOnlyConfig(),
  });
  return documentTopLevel(astToString(ast));
}

// One line each, so TypeDoc's "every export documented" check holds for generated types too.
const topLevelDocs: Record<string, string> = {
  "export interface paths {":
    "Every path of the API: its operations' parameters, request bodies and responses.",
  "export type webhooks =": "Webhooks the spec declares (an empty record when it has none).",
  "export interface components {":
    "The spec's reusable schemas, responses, parameters and security schemes.",
  "export type $defs =": "JSON Schema `$defs` of the spec (an empty record when it has none).",
  "export interface operations {":
    "Every operation by operationId: the same types as `paths`, keyed by name.",
};

/** Puts a one-line JSDoc above each top-level declaration openapi-typescript emits. */
function documentTopLevel(source: string): string {
  return source.replace(/^export (?:interface|type) \S+ (?:\{|=)/gm, (line) => {
    const doc = topLevelDocs[line];
    return doc === undefined ? line : `/** ${doc} */\n${line}`;
  });
}

let config: Promise<Config> | undefined;

// openapi-typescript lints with redocly's "minimal" rules on every call; specs:lint and our own
// checks (refs, operationIds) already cover that, so generation only bundles: one config, no rules.
function bundleOnlyConfig(): Promise<Config> {
  config ??= createConfig({ rules: {} }, { extends: [] });
  return config;
}

/** Binary strings (PDF, XLSX, .mobileconfig, uploads) are Blobs at runtime, not text. */
function binaryAsBlob(schema: {
  format?: string;
  type?: unknown;
  nullable?: boolean;
}): TypeScript.TypeNode | undefined {
  if (schema.format !== "binary") return undefined;
  const nullable =
    schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  return nullable ? ts.factory.createUnionTypeNode([blob, nullType]) : blob;
}
