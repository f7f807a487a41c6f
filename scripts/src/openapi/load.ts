// Reads an OpenAPI document from disk or text, with errors that name the file.
import { readFile } from "node:fs/promises";
import jsYaml from "js-yaml";
import { parse as parseYaml } from "yaml";

/** A parsed OpenAPI document; deliberately loose, the validators narrow it. */
export type OpenApiDocument = Record<string, unknown>;

/** Raised for any document that cannot be read, parsed or is not OpenAPI. */
export class SpecError extends Error {
  override name = "SpecError";
  constructor(
    readonly file: string,
    readonly pointer: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}${pointer ? `#${pointer}` : ""}: ${message}`, options);
  }
}

/** Parses JSON or YAML text (a leading byte-order mark is dropped) into a plain object. */
export function parseDocumentText(text: string, file: string): OpenApiDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new SpecError(file, "", "document is empty");
  if (/^\s*<(!doctype|html|\?xml)/i.test(body)) {
    throw new SpecError(file, "", "got HTML or XML, not an OpenAPI document");
  }
  let value: unknown;
  try {
    value = /^\s*[{[]/.test(body) ? JSON.parse(body) : parseYamlText(body);
  } catch (error) {
    throw new SpecError(file, "", `not valid JSON or YAML (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(file, "", "top level is not an object");
  }
  return value as OpenApiDocument;
}

// YAML with anchors, aliases, tags or merge keys, where the two parsers could differ or aliases could explode.
const YAML_EXTRAS = /(^|[\s[{,])[&*!][^\s,\]}]|<<\s*:/m;

/**
 * Plain YAML (what our specs and most vendors write) goes through js-yaml's YAML 1.2 core schema,
 * about ten times faster than `yaml` on a cold start (codegen parses four specs per run); anything
 * else, and any text js-yaml refuses, goes through `yaml` with its alias limit and its messages.
 */
function parseYamlText(body: string): unknown {
  if (!YAML_EXTRAS.test(body)) {
    try {
      return jsYaml.load(body, { schema: jsYaml.CORE_SCHEMA });
    } catch {
      // Fall through: `yaml` reports the problem in the words our errors have always used.
    }
  }
  return parseYaml(body, { maxAliasCount: 100 });
}

/** Reads and parses a document, checking it declares OpenAPI 3.x with paths. */
export async function loadDocument(file: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SpecError(file, "", `cannot read file (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  const doc = parseDocumentText(text, file);
  assertOpenApi3(doc, file);
  return doc;
}

/** Throws unless the document is OpenAPI 3.0 or 3.1 with an info and a paths object. */
export function assertOpenApi3(doc: OpenApiDocument, file: string): void {
  const version = doc.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    const legacy = doc.swagger ?? doc.swaggerVersion;
    const found = legacy ? `Swagger ${String(legacy)}` : JSON.stringify(version ?? null);
    throw new SpecError(file, "/openapi", `expected OpenAPI 3.0 or 3.1, found ${found}`);
  }
  if (!isObject(doc.info)) throw new SpecError(file, "/info", "missing info object");
  if (!isObject(doc.paths)) throw new SpecError(file, "/paths", "missing paths object");
}

/** True for plain (non-array) objects. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
