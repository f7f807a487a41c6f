// Loads diff fixture pairs and inline YAML documents for the comparison-engine tests.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareDocuments, type DiffResult } from "../src/diff/index.js";
import { type OpenApiDocument, parseDocumentText } from "../src/openapi/load.js";

/** Folder holding one sub-folder per case with `old.yaml` and `new.yaml`. */
export const diffFixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures",
  "diff",
);

/** Compares the `old.yaml` and `new.yaml` of one fixture case. */
export async function compareFixture(name: string): Promise<DiffResult> {
  const oldFile = path.join(diffFixtures, name, "old.yaml");
  const newFile = path.join(diffFixtures, name, "new.yaml");
  const [oldDoc, newDoc] = await Promise.all([readDoc(oldFile), readDoc(newFile)]);
  return compareDocuments(oldDoc, newDoc, { oldFile, newFile });
}

/** Parses a document written inline in a test. */
export function yamlDoc(text: string, file = "inline.yaml"): OpenApiDocument {
  return parseDocumentText(text, file);
}

/** A one-operation document whose 200 JSON response has the given schema (YAML, indented 10). */
export function docWithResponseSchema(
  version: "3.0.3" | "3.1.0",
  schemaYaml: string,
  components = "",
): string {
  return `openapi: ${version}
info: {title: t, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
${schemaYaml.replace(/^/gm, "                ")}
${components}`;
}

async function readDoc(file: string): Promise<OpenApiDocument> {
  return parseDocumentText(await readFile(file, "utf8"), file);
}
