// Our own wording for a spec (specs/<provider>/prose.yaml): parsed and checked before it is applied.
import { parse as parseYaml } from "yaml";
import { isObject, SpecError } from "../../openapi/load.js";

/** Short texts we wrote, keyed by the fact they describe. */
export interface ProseOverlay {
  readonly info: { readonly title: string; readonly description: string };
  /** Server URL -> description. */
  readonly servers: Readonly<Record<string, string>>;
  /** Security scheme name -> description. */
  readonly securitySchemes: Readonly<Record<string, string>>;
  /** Tag name -> description. */
  readonly tags: Readonly<Record<string, string>>;
  /** operationId -> summary. */
  readonly operations: Readonly<Record<string, string>>;
  /** Component schema name -> description. */
  readonly schemas: Readonly<Record<string, string>>;
}

const SECTIONS = ["servers", "securitySchemes", "tags", "operations", "schemas"] as const;

/** Parses prose.yaml text, naming the file and the bad entry on any shape error. */
export function parseProseOverlay(text: string, file: string): ProseOverlay {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new SpecError(file, "", `not valid YAML (${(error as Error).message})`, { cause: error });
  }
  if (!isObject(value)) throw new SpecError(file, "", "top level is not a mapping");
  const info = value.info;
  if (!isObject(info) || typeof info.title !== "string" || typeof info.description !== "string") {
    throw new SpecError(file, "/info", "needs a `title` and a `description` string");
  }
  for (const key of Object.keys(value)) {
    if (key !== "info" && !(SECTIONS as readonly string[]).includes(key)) {
      throw new SpecError(
        file,
        `/${key}`,
        `unknown section (expected info, ${SECTIONS.join(", ")})`,
      );
    }
  }
  const sections = Object.fromEntries(
    SECTIONS.map((section) => [section, stringMap(value[section], file, section)]),
  ) as Record<(typeof SECTIONS)[number], Record<string, string>>;
  return { info: { title: info.title, description: info.description }, ...sections };
}

function stringMap(value: unknown, file: string, section: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new SpecError(file, `/${section}`, "must be a mapping of strings");
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== "string" || text.trim() === "") {
      throw new SpecError(file, `/${section}/${key}`, "must be a non-empty string");
    }
  }
  return value as Record<string, string>;
}
