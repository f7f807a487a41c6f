// Converts a Swagger 2.0 document to OpenAPI 3 with swagger2openapi, so one pipeline handles both.
import { createRequire } from "node:module";
import type { OpenApiDocument } from "../../openapi/load.js";

const require = createRequire(import.meta.url);

/** True for a Swagger 2.0 document. */
export function isSwagger2(doc: OpenApiDocument): boolean {
  return doc.swagger === "2.0";
}

/** Returns the OpenAPI 3.0 form of a Swagger 2.0 document (the input is not changed). */
export async function convertSwagger2(
  doc: OpenApiDocument,
  file: string,
): Promise<OpenApiDocument> {
  const converter = require("swagger2openapi") as {
    convertObj(spec: object, options: object): Promise<{ openapi: OpenApiDocument }>;
  };
  try {
    const { openapi } = await converter.convertObj(structuredClone(doc), {
      patch: true,
      warnOnly: true,
      resolve: false,
      source: file,
    });
    return openapi;
  } catch (error) {
    throw new Error(`${file}: Swagger 2.0 conversion failed (${(error as Error).message})`, {
      cause: error,
    });
  }
}
