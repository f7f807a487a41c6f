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
  return astToString(ast);
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
