// Fixes that several vendors need; each provider's list picks the ones that apply to it.
import { isObject, type OpenApiDocument } from "../../../openapi/load.js";
import { childPointer, pointerTokens } from "../json-pointer.js";
import { listOperations, operationLabel } from "../operations.js";
import type { SpecFix } from "../spec-fix.js";
import { walkOpenApi } from "../walk-openapi.js";

const SCHEMA_REF = "#/components/schemas/";

/** Media types whose bodies are files, so clients must read them as blob or text. */
const BINARY_MEDIA_TYPES: readonly string[] = [
  "application/octet-stream",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/x-apple-aspen-config",
];

/** `*∕*` bodies that carry a JSON schema become `application/json`. */
export const jsonForWildcardMediaTypes: SpecFix = {
  name: "jsonForWildcardMediaTypes",
  what: "`*/*` request and response bodies declared as `application/json`",
  why: "the bodies are JSON objects with a JSON schema; `*/*` makes generated clients treat them as untyped",
  apply(doc) {
    const changed: string[] = [];
    walkOpenApi(doc, {
      object(node, kind, pointer) {
        if (kind !== "requestBody" && kind !== "response") return;
        const content = node.content;
        if (!isObject(content) || !isObject(content["*/*"])) return;
        const wildcard = content["*/*"];
        if (!("schema" in wildcard)) return;
        if (!("application/json" in content)) content["application/json"] = wildcard;
        delete content["*/*"];
        changed.push(childPointer(childPointer(pointer, "content"), "*/*"));
      },
    });
    return changed;
  },
};

/** File bodies get `type: string, format: binary` and their `contentMediaType`. */
export const declareBinaryBodies: SpecFix = {
  name: "declareBinaryBodies",
  what: "file bodies declared as `type: string`, `format: binary` with `contentMediaType`",
  why: "without a binary string schema, clients cannot tell that the body must be read as a blob or text",
  apply(doc) {
    const changed: string[] = [];
    walkOpenApi(doc, {
      object(node, kind, pointer) {
        if (kind !== "mediaType") return;
        const mediaType = pointerTokens(pointer).at(-1) ?? "";
        if (!BINARY_MEDIA_TYPES.includes(mediaType)) return;
        const wanted = { type: "string", format: "binary", contentMediaType: mediaType };
        if (JSON.stringify(node.schema) === JSON.stringify(wanted)) return;
        node.schema = wanted;
        changed.push(childPointer(pointer, "schema"));
      },
    });
    return changed;
  },
};

/** Token operations take no credential of the API's own schemes. */
export function openTokenEndpoints(operationIds: readonly string[]): SpecFix {
  return {
    name: "openTokenEndpoints",
    what: "token operations declared with `security: []`",
    why: "a caller has no access token yet when it asks for one, so the global requirement must not apply",
    apply(doc) {
      const changed: string[] = [];
      for (const entry of listOperations(doc)) {
        const id = entry.operation.operationId;
        if (typeof id !== "string" || !operationIds.includes(id)) continue;
        const security = entry.operation.security;
        if (Array.isArray(security) && security.length === 0) continue;
        entry.operation.security = [];
        changed.push(operationLabel(entry));
      }
      return changed;
    },
  };
}

/** Operations without an operationId get one made from the method and the path. */
export const deriveMissingOperationIds: SpecFix = {
  name: "deriveMissingOperationIds",
  what: "operationId added where the vendor has none",
  why: "generated clients and our diffs name operations by operationId",
  apply(doc) {
    const changed: string[] = [];
    const taken = new Set(
      listOperations(doc).flatMap((e) =>
        typeof e.operation.operationId === "string" ? [e.operation.operationId] : [],
      ),
    );
    for (const entry of listOperations(doc)) {
      if (typeof entry.operation.operationId === "string") continue;
      let id = operationIdFor(entry.method, entry.path);
      for (let n = 2; taken.has(id); n++) id = `${operationIdFor(entry.method, entry.path)}${n}`;
      taken.add(id);
      entry.operation.operationId = id;
      changed.push(`${operationLabel(entry)} -> ${id}`);
    }
    return changed;
  },
};

/** camelCase id such as `getDnsByIdRecord` for `GET /dns/{id}/record`. */
export function operationIdFor(method: string, path: string): string {
  const words = path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param?.[1] ? `by ${param[1]}` : segment;
    })
    .join(" ")
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((word) => word !== "");
  const tail = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join("");
  return `${method.toLowerCase()}${tail}`;
}

/** Tags used by operations but missing from the top-level list are declared there. */
export const declareUsedTags: SpecFix = {
  name: "declareUsedTags",
  what: "tags used by operations added to the top-level `tags` list",
  why: "undeclared tags cannot carry a description and some tools drop them",
  apply(doc) {
    const declared = Array.isArray(doc.tags) ? doc.tags.filter(isObject) : [];
    const names = new Set(declared.map((t) => t.name));
    const changed: string[] = [];
    for (const entry of listOperations(doc)) {
      const tags = Array.isArray(entry.operation.tags) ? entry.operation.tags : [];
      for (const tag of tags) {
        if (typeof tag !== "string" || names.has(tag)) continue;
        names.add(tag);
        declared.push({ name: tag });
        changed.push(`/tags (${tag})`);
      }
    }
    if (changed.length > 0) doc.tags = declared;
    return changed;
  },
};

/** A family of schemas told apart by one property, e.g. DNS records by `recordType`. */
export interface UnionFamily {
  /** The schema every member extends with `allOf`, which declares the property. */
  readonly base: string;
  readonly propertyName: string;
  /** Property value -> component schema name. */
  readonly members: Readonly<Record<string, string>>;
}

/** Untagged `oneOf`/`anyOf` unions of one family's schemas get a discriminator with a mapping. */
export function discriminateUnions(families: readonly UnionFamily[]): SpecFix {
  return {
    name: "discriminateUnions",
    what: "`discriminator` (property and mapping) added to untagged unions",
    why: "every member has a type field that says which member it is; without a discriminator clients cannot narrow the union",
    apply(doc) {
      const changed: string[] = [];
      walkOpenApi(doc, {
        object(node, kind, pointer) {
          if (kind !== "schema" || isObject(node.discriminator)) return;
          // openapi-typescript reads a discriminated union inside `allOf` as a parent and omits
          // the type field; such unions stay untagged (their members still narrow by mapping).
          if (/\/allOf\/\d+$/.test(pointer)) return;
          for (const keyword of ["oneOf", "anyOf"] as const) {
            const discriminator = discriminatorFor(node[keyword], families);
            if (!discriminator) continue;
            node.discriminator = discriminator;
            changed.push(childPointer(pointer, keyword));
          }
        },
      });
      return changed;
    },
  };
}

/** Each family's base schema gets the discriminator, the OpenAPI form of "members extend this base". */
export function discriminateFamilyBases(families: readonly UnionFamily[]): SpecFix {
  return {
    name: "discriminateFamilyBases",
    what: "`discriminator` (property and mapping) added to the base schema each union member extends",
    why: "unions nested in `allOf` cannot carry the discriminator without generated types dropping the type field; on the base schema it makes every member's type field a literal, so all these unions narrow",
    apply(doc) {
      const changed: string[] = [];
      for (const family of families) {
        const base = componentSchema(doc, family.base);
        if (!base || isObject(base.discriminator)) continue;
        const mapping: Record<string, string> = {};
        for (const [value, name] of Object.entries(family.members)) {
          if (componentSchema(doc, name)) mapping[value] = SCHEMA_REF + name;
        }
        base.discriminator = { propertyName: family.propertyName, mapping };
        changed.push(childPointer("/components/schemas", family.base));
      }
      return changed;
    },
  };
}

/** Each family member pins its type field with `const`, so exactly one member of a union matches. */
export function pinMemberTags(families: readonly UnionFamily[]): SpecFix {
  return {
    name: "pinMemberTags",
    what: "each union member's type field pinned with `const` (e.g. `recordType: const A` in `DNS.dnsRecordA`)",
    why: "members share their base schema's type field, whose enum allows every value, so a body matches every member of a `oneOf` and validators reject it; the discriminator mapping already says which value each member has",
    apply(doc) {
      const changed: string[] = [];
      for (const family of families) {
        for (const [value, name] of Object.entries(family.members)) {
          const member = componentSchema(doc, name);
          if (!member) continue;
          const own = ownPart(member);
          const properties = isObject(own.properties) ? own.properties : {};
          const current = properties[family.propertyName];
          if (isObject(current) && current.const === value) continue;
          own.properties = {
            ...properties,
            [family.propertyName]: { type: "string", const: value },
          };
          changed.push(childPointer("/components/schemas", name));
        }
      }
      return changed;
    },
  };
}

// The member's own object part: its inline `allOf` entry beside the base `$ref`, else the schema.
function ownPart(member: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(member.allOf)) return member;
  const inline = member.allOf.filter((part) => isObject(part) && !("$ref" in part));
  const last = inline.at(-1);
  if (isObject(last)) return last;
  const added: Record<string, unknown> = { type: "object" };
  member.allOf.push(added);
  return added;
}

function discriminatorFor(
  union: unknown,
  families: readonly UnionFamily[],
): { propertyName: string; mapping: Record<string, string> } | undefined {
  if (!Array.isArray(union) || union.length === 0) return undefined;
  const names = union.map((m) =>
    isObject(m) && typeof m.$ref === "string" && m.$ref.startsWith(SCHEMA_REF)
      ? m.$ref.slice(SCHEMA_REF.length)
      : undefined,
  );
  for (const family of families) {
    const valueByName = new Map(
      Object.entries(family.members).map(([value, name]) => [name, value]),
    );
    if (!names.every((name) => name !== undefined && valueByName.has(name))) continue;
    const mapping: Record<string, string> = {};
    for (const name of names as string[])
      mapping[valueByName.get(name) as string] = SCHEMA_REF + name;
    return { propertyName: family.propertyName, mapping };
  }
  return undefined;
}

/** A component schema by name; undefined once the vendor drops it (the fix then reports nothing). */
export function componentSchema(
  doc: OpenApiDocument,
  name: string,
): Record<string, unknown> | undefined {
  const schemas = isObject(doc.components) ? doc.components.schemas : undefined;
  const schema = isObject(schemas) ? schemas[name] : undefined;
  return isObject(schema) ? schema : undefined;
}
