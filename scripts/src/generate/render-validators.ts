// Renders every declared JSON response schema as ajv standalone code: one validator per operation and status.
import { Ajv2020 } from "ajv/dist/2020.js";
// A CommonJS module: under Node ESM its default import is module.exports, whose `default` is the function.
import standalone from "ajv/dist/standalone/index.js";
import { isObject, type OpenApiDocument } from "../openapi/load.js";
import { joinPointer, RefResolver } from "../openapi/resolve-refs.js";
import type { OperationEntry } from "./render-operations.js";

/** operationId -> status key ("200", "4XX", "default") -> validator name, or null for a body we do not check. */
type ValidatorTable = Map<string, Map<string, string | null>>;

/** Renders `validators.ts`: the ajv standalone functions and the table that finds them. */
export function renderValidators(
  doc: OpenApiDocument,
  file: string,
  entries: OperationEntry[],
): string {
  const { table, exportsByPointer } = collectResponseSchemas(doc, file, entries);
  const ajv = standaloneAjv(doc);
  const refs: Record<string, string> = {};
  for (const [pointer, name] of exportsByPointer) refs[name] = `spec#${encodeURI(pointer)}`;
  const code = standaloneCode(ajv, refs, file);
  const lines = [
    "// @ts-nocheck: ajv standalone output, checked by ajv's own tests; only the table below is typed.",
    'import type { ResponseValidators } from "@provider-clients/auth/validate";',
    "",
    // Only the table is public: the functions stay module-private so declarations stay small.
    code.replace(/^"use strict";/, "").replace(/export const (response\d+) = /g, "const $1 = "),
    "",
    "/** Response validators by operationId and status key (null: declared without a JSON body). */",
    "export const responseValidators: ResponseValidators = {",
  ];
  for (const [operationId, statuses] of table) {
    const entries = [...statuses].map(([status, name]) => `${JSON.stringify(status)}: ${name}`);
    lines.push(`  ${operationId}: { ${entries.join(", ")} },`);
  }
  lines.push("};", "");
  return lines.join("\n");
}

/** An ajv holding the document as `spec`, set up for standalone code with no runtime imports. */
export function standaloneAjv(
  doc: OpenApiDocument,
  options: { coerceTypes?: "array"; optimize?: boolean } = {},
): Ajv2020 {
  // Same choices as the replay suites' validator (no formats); no messages and shared $refs keep it small.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: false,
    messages: false,
    inlineRefs: false,
    // String lengths in UTF-16 units: the unicode-aware count would need ajv's runtime at run time.
    unicode: false,
    logger: quietAboutUnicode,
    code: { source: true, esm: true, optimize: options.optimize ?? true },
    ...(options.coerceTypes ? { coerceTypes: options.coerceTypes } : {}),
  });
  ajv.addSchema({ ...doc, $id: "spec" });
  return ajv;
}

/** Standalone ESM code exporting `refs`' names (empty when none), refused when it needs ajv at run time. */
export function standaloneCode(ajv: Ajv2020, refs: Record<string, string>, file: string): string {
  const raw = Object.keys(refs).length > 0 ? standalone.default(ajv, refs) : "";
  // uniqueItems over items of unknown type needs a deep equality: a small one is inlined instead of ajv's.
  const code = raw.replaceAll('require("ajv/dist/runtime/equal").default', jsonEqual);
  assertSelfContained(code, file);
  return code;
}

/** Finds each operation's declared responses and the JSON schema pointer of each (deduplicated). */
function collectResponseSchemas(
  doc: OpenApiDocument,
  file: string,
  entries: OperationEntry[],
): { table: ValidatorTable; exportsByPointer: Map<string, string> } {
  const resolver = new RefResolver(doc, file);
  const table: ValidatorTable = new Map();
  const exportsByPointer = new Map<string, string>();
  for (const op of entries) {
    const where = joinPointer("", "paths", op.path, op.method, "responses");
    const responses = resolver.follow(resolver.lookup(`#${where}`, where).value, where);
    const statuses = new Map<string, string | null>();
    if (isObject(responses.value)) {
      for (const [status, declared] of Object.entries(responses.value)) {
        const response = resolver.follow(declared, joinPointer(responses.pointer, status));
        const pointer = jsonSchemaPointer(response.value, response.pointer);
        let name: string | null = null;
        if (pointer !== undefined) {
          name = exportsByPointer.get(pointer) ?? `response${exportsByPointer.size}`;
          exportsByPointer.set(pointer, name);
        }
        statuses.set(status, name);
      }
    }
    table.set(op.operationId, statuses);
  }
  return { table, exportsByPointer };
}

/** The pointer of a response's JSON schema (first JSON media type), if it declares one. */
function jsonSchemaPointer(response: unknown, pointer: string): string | undefined {
  if (!isObject(response) || !isObject(response.content)) return undefined;
  for (const [media, content] of Object.entries(response.content)) {
    if (!isJsonMediaType(media) || !isObject(content) || content.schema === undefined) continue;
    return joinPointer(pointer, "content", media, "schema");
  }
  return undefined;
}

/** Deep equality of JSON values, as source text for generated code. */
const jsonEqual =
  'function equal(a, b) { if (a === b) return true; if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false; const ka = Object.keys(a); const kb = Object.keys(b); return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k])); }';

/** ajv's logger minus its deprecation notice for `unicode: false`, which we choose on purpose. */
const quietAboutUnicode = {
  log: console.log,
  warn: (...args: unknown[]) => {
    if (!String(args[0]).startsWith("DEPRECATED: option unicode")) console.warn(...args);
  },
  error: console.error,
};

/** `application/json`, `application/problem+json` and the like. */
export function isJsonMediaType(media: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(media.split(";")[0]!.trim());
}

/** The package ships no ajv: generated code that needs an ajv runtime helper is refused at generate time. */
function assertSelfContained(code: string, file: string): void {
  const needs = code.match(/require\("([^"]+)"\)|from "([^"]+)"/);
  if (needs) {
    throw new Error(
      `${file}: response validators would need ${needs[1] ?? needs[2]} at run time; the schema uses a keyword the generator does not support yet`,
    );
  }
}
