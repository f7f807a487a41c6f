// Puts our own wording into a prose-free document and reports what the overlay does not cover.
import { isObject, type OpenApiDocument } from "../../openapi/load.js";
import { reasonPhrase } from "./http-reason-phrases.js";
import { listOperations } from "./operations.js";
import type { ProseOverlay } from "./prose-overlay.js";
import { walkOpenApi } from "./walk-openapi.js";

/** Sets info, server, scheme, tag, schema and operation texts from the overlay; responses get reason phrases. */
export function applyProse(doc: OpenApiDocument, prose: ProseOverlay): void {
  const version = isObject(doc.info) ? doc.info.version : undefined;
  doc.info = { title: prose.info.title, description: prose.info.description, version };
  walkOpenApi(doc, {
    object(node, kind, pointer) {
      if (kind === "server" && typeof node.url === "string") {
        setText(node, "description", prose.servers[node.url]);
      } else if (kind === "tag" && typeof node.name === "string") {
        setText(node, "description", prose.tags[node.name]);
      } else if (kind === "operation" && typeof node.operationId === "string") {
        setText(node, "summary", prose.operations[node.operationId]);
      } else if (kind === "response" && typeof node.$ref !== "string") {
        node.description = reasonPhrase(pointer.slice(pointer.lastIndexOf("/") + 1));
      }
    },
  });
  for (const [name, scheme] of componentEntries(doc, "securitySchemes")) {
    setText(scheme, "description", prose.securitySchemes[name]);
  }
  for (const [name, schema] of componentEntries(doc, "schemas")) {
    setText(schema, "description", prose.schemas[name]);
  }
}

/** Overlay gaps and leftovers: operations, tags and schemes without text, and entries naming nothing. */
export function findProseGaps(doc: OpenApiDocument, prose: ProseOverlay): string[] {
  const gaps: string[] = [];
  const operationIds = new Set<string>();
  walkOpenApi(doc, {
    object(node, kind) {
      if (kind === "operation" && typeof node.operationId === "string") {
        operationIds.add(node.operationId);
      }
    },
  });
  const tags = new Set(
    (Array.isArray(doc.tags) ? doc.tags : []).flatMap((t) =>
      isObject(t) && typeof t.name === "string" ? [t.name] : [],
    ),
  );
  for (const entry of listOperations(doc)) {
    const tagList = Array.isArray(entry.operation.tags) ? entry.operation.tags : [];
    for (const tag of tagList) if (typeof tag === "string") tags.add(tag);
  }
  const schemes = new Set(componentEntries(doc, "securitySchemes").map(([name]) => name));
  const schemas = new Set(componentEntries(doc, "schemas").map(([name]) => name));
  const servers = new Set(
    (Array.isArray(doc.servers) ? doc.servers : []).flatMap((s) =>
      isObject(s) && typeof s.url === "string" ? [s.url] : [],
    ),
  );
  compare(gaps, "operation", operationIds, prose.operations, true);
  compare(gaps, "tag", tags, prose.tags, true);
  compare(gaps, "security scheme", schemes, prose.securitySchemes, true);
  compare(gaps, "server", servers, prose.servers, true);
  compare(gaps, "schema", schemas, prose.schemas, false);
  return gaps;
}

function compare(
  gaps: string[],
  label: string,
  names: ReadonlySet<string>,
  texts: Readonly<Record<string, string>>,
  required: boolean,
): void {
  if (required) {
    for (const name of [...names].sort())
      if (!(name in texts)) gaps.push(`${label} "${name}" has no text`);
  }
  for (const name of Object.keys(texts).sort()) {
    if (!names.has(name))
      gaps.push(`${label} "${name}" in prose.yaml does not exist in the document`);
  }
}

function setText(node: Record<string, unknown>, key: string, text: string | undefined): void {
  if (text !== undefined) node[key] = text.trim();
}

function componentEntries(
  doc: OpenApiDocument,
  section: string,
): [string, Record<string, unknown>][] {
  const components = isObject(doc.components) ? doc.components[section] : undefined;
  if (!isObject(components)) return [];
  return Object.entries(components).flatMap(([name, value]) =>
    isObject(value) ? [[name, value] as [string, Record<string, unknown>]] : [],
  );
}
