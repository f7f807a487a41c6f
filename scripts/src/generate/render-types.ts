// Turns a parsed OpenAPI document into TypeScript types with openapi-typescript's Node API.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "../openapi/load.js";

/** Renders the `paths`/`components`/`operations` types for one document. */
export async function renderTypes(doc: OpenApiDocument): Promise<string> {
  // openapi-typescript mutates nothing we keep, but give it a copy so callers' objects stay pristine.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
  });
  return astToString(ast);
}
