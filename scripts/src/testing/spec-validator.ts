// Checks that a fake server's answers match our spec (status declared, JSON body valid).
import { Ajv2020 } from "ajv/dist/2020.js";
import { specPath } from "../generate/repo-paths.js";
import { loadDocument, type OpenApiDocument } from "../openapi/load.js";

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
}

/** Loads a provider's spec and prepares a JSON Schema 2020-12 validator over it. */
export async function createSpecValidator(provider: string): Promise<SpecValidator> {
  const doc = await loadDocument(specPath(provider));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...doc, $id: "spec" } as OpenApiDocument);
  return {
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
      const pointer = [...response.keys, "content", media, "schema"]
        .map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1"))
        .join("/");
      const validate = ajv.getSchema(`spec#/${pointer}`);
      if (!validate) return { ok: false, problems: [`cannot compile schema at ${pointer}`] };
      if (!validate(body)) {
        for (const e of validate.errors ?? [])
          problems.push(`${e.instancePath || "/"} ${e.message ?? "invalid"}`);
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
    const next = ref
      .slice(2)
      .split("/")
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
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
