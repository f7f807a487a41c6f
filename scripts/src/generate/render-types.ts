// Turns a parsed OpenAPI document into TypeScript types with openapi-typescript's Node API.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { OpenApiDocument } from "../openapi/load.js";

const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/** Renders the `paths`/`components`/`operations` types for one document. */
export async function renderTypes(doc: OpenApiDocument): Promise<string> {
  // openapi-typescript may annotate the object it is given: hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform: binaryAsBlob,
  });
  return astToString(ast);
}

/** Binary strings (PDF, XLSX, .mobileconfig, uploads) are Blobs at runtime, not text. */
function binaryAsBlob(schema: {
  format?: string;
  type?: unknown;
  nullable?: boolean;
}): ts.TypeNode | undefined {
  if (schema.format !== "binary") return undefined;
  const nullable =
    schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  return nullable ? ts.factory.createUnionTypeNode([blob, nullType]) : blob;
}
