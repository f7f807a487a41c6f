// Checks that a fake server's answers match our spec (status declared, JSON body valid).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { specPath } from "../generate/repo-paths.js";
import { loadDocument, type OpenApiDocument } from "../openapi/load.js";
import { childPointer, pointerTokens } from "../specs/adopt/json-pointer.js";
import { undeclaredProperties } from "./undeclared-properties.js";

/** The outcome of validating one response. */
export interface ResponseCheck {
  ok: boolean;
  problems: string[];
}

/** Validates responses of `provider`'s API against `specs/<provider>/openapi.yaml`. */
export interface SpecValidator {
  validateResponse(input: {
    method: string;
    /** The spec path template, e.g. `/dns/{id}`. */
    path: string;
    status: number;
    contentType: string | null;
    body: unknown;
  }): ResponseCheck;
  /** Validates a value against one component schema, e.g. `Pagination`. */
  validateSchema(name: string, value: unknown): ResponseCheck;
}

/** Loads a provider's spec and prepares a JSON Schema 2020-12 validator over it. */
export async function createSpecValidator(
  provider: string,
  options: {
    /** Also report body keys that the schema never declares (real answers must be fully typed). */
    undeclared?: boolean;
    /** Check `format` (date-time, date, email, ...) too: a format is a promise about real answers. */
    formats?: boolean;
  } = {},
): Promise<SpecValidator> {
  const doc = await loadDocument(specPath(provider));
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: options.formats === true,
  });
  if (options.formats) addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: "spec" } as OpenApiDocument);
  return {
    validateSchema(name, value) {
      const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
      if (!validate) return { ok: false, problems: [`no component schema ${name}`] };
      if (validate(value)) return { ok: true, problems: [] };
      const problems = (validate.errors ?? []).map(
        (e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}`,
      );
      return { ok: false, problems };
    },
    validateResponse({ method, path, status, contentType, body }) {
      const problems: string[] = [];
      const operation = lookup(doc, ["paths", path, method.toLowerCase()]);
      if (!operation) return { ok: false, problems: [`${method} ${path} is not in the spec`] };
      const responses = (operation as Record<string, Record<string, unknown>>).responses ?? {};
      const statusKey = [String(status), `${String(status)[0]}XX`, "default"].find(
        (k) => k in responses,
      );
      if (!statusKey) return { ok: false, problems: [`status ${status} is not declared`] };
      const response = followRef(doc, [
        "paths",
        path,
        method.toLowerCase(),
        "responses",
        statusKey,
      ]);
      const content = lookup(response.value, ["content"]) as Record<string, unknown> | undefined;
      if (!content || Object.keys(content).length === 0) {
        if (body !== undefined && body !== "" && body !== null)
          problems.push("spec declares no body");
        return { ok: problems.length === 0, problems };
      }
      const media = (contentType ?? "").split(";")[0]!.trim();
      if (!(media in content)) {
        return {
          ok: false,
          problems: [`media type "${media}" not declared (${Object.keys(content).join(", ")})`],
        };
      }
      if (!/json/.test(media)) return { ok: true, problems };
      if (!lookup(content, [media, "schema"])) return { ok: true, problems };
      const pointer = [...response.keys, "content", media, "schema"].reduce(childPointer, "");
      const validate = ajv.getSchema(`spec#${pointer}`);
      if (!validate) return { ok: false, problems: [`cannot compile schema at ${pointer}`] };
      if (!validate(body)) {
        for (const e of validate.errors ?? [])
          problems.push(`${e.instancePath || "/"} ${e.message ?? "invalid"}`);
      }
      if (options.undeclared) {
        const schema = lookup(doc, [...response.keys, "content", media, "schema"]);
        for (const at of undeclaredProperties(doc, schema, body))
          problems.push(`${at} is not declared`);
      }
      return { ok: problems.length === 0, problems };
    },
  };
}

/** Looks `keys` up and follows local `$ref`s (e.g. to components/responses) to the real object. */
function followRef(doc: OpenApiDocument, keys: string[]): { keys: string[]; value: unknown } {
  let current = { keys, value: lookup(doc, keys) };
  for (let hops = 0; hops < 10; hops++) {
    const ref = (current.value as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return current;
    const next = pointerTokens(ref.slice(1));
    current = { keys: next, value: lookup(doc, next) };
  }
  return current;
}

/** Walks plain object keys; undefined when any step is missing. */
function lookup(value: unknown, keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
