// Builds the small runtime map per operation: operationId, method, path and security.
import { HTTP_METHODS, type HttpMethod } from "../openapi/http-methods.js";
import { isObject, type OpenApiDocument, SpecError } from "../openapi/load.js";

/** One row of the runtime operation map. */
export interface OperationEntry {
  operationId: string;
  method: HttpMethod;
  path: string;
  security: Record<string, string[]>[];
}

/** Lists every operation with its effective security (operation level, else document level). */
export function collectOperations(doc: OpenApiDocument, file: string): OperationEntry[] {
  const paths = doc.paths as Record<string, unknown>;
  const rootSecurity = Array.isArray(doc.security) ? doc.security : [];
  const seen = new Map<string, string>();
  const entries: OperationEntry[] = [];
  for (const [route, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const where = `/paths/${escapePointer(route)}/${method}`;
      const operationId = op.operationId;
      if (typeof operationId !== "string" || !/^[A-Za-z_$][\w$]*$/.test(operationId)) {
        throw new SpecError(file, where, "operation needs an identifier-like operationId");
      }
      const clash = seen.get(operationId);
      if (clash) throw new SpecError(file, where, `operationId "${operationId}" repeats ${clash}`);
      seen.set(operationId, where);
      const security = Array.isArray(op.security) ? op.security : rootSecurity;
      entries.push({
        operationId,
        method,
        path: route,
        security: security as OperationEntry["security"],
      });
    }
  }
  return entries.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** Renders the operation map module (plus security schemes and servers) as TypeScript. */
export function renderOperations(doc: OpenApiDocument, entries: OperationEntry[]): string {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const servers = Array.isArray(doc.servers)
    ? doc.servers.filter(isObject).map((s) => String(s.url))
    : [];
  const lines: string[] = [];
  // Identical security lists are declared once and shared, so the runtime table stays small.
  const securityNames = new Map<string, string>();
  for (const e of entries) {
    const json = JSON.stringify(e.security);
    if (!securityNames.has(json)) securityNames.set(json, `security${securityNames.size}`);
  }
  for (const [json, name] of securityNames) lines.push(`const ${name} = ${json} as const;`);
  if (securityNames.size > 0) lines.push("");
  lines.push("/** Every operation by operationId: method, path and the security it accepts. */");
  lines.push("export const operations = {");
  for (const e of entries) {
    const security = securityNames.get(JSON.stringify(e.security));
    lines.push(
      `  ${e.operationId}: { method: ${JSON.stringify(e.method)}, path: ${JSON.stringify(e.path)}, security: ${security} },`,
    );
  }
  lines.push("} as const;", "");
  lines.push("/** The operationIds of this API. */");
  lines.push("export type OperationId = keyof typeof operations;", "");
  lines.push("/** Security schemes declared by the spec, by name. */");
  lines.push(
    `export const securitySchemes = ${JSON.stringify(pickSchemeFacts(schemes), null, 2)} as const;`,
    "",
  );
  lines.push("/** Server URLs declared by the spec, production first. */");
  lines.push(`export const servers = ${JSON.stringify(servers)} as const;`, "");
  return lines.join("\n");
}

/** Keeps only the facts of each scheme a runtime needs (no prose). */
function pickSchemeFacts(
  schemes: Record<string, unknown>,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(schemes).sort()) {
    const s = schemes[name];
    if (!isObject(s)) continue;
    const facts: Record<string, unknown> = { type: s.type };
    for (const key of ["in", "name", "scheme", "bearerFormat"] as const) {
      if (s[key] !== undefined) facts[key] = s[key];
    }
    out[name] = facts;
  }
  return out;
}

/** Escapes a path segment for a JSON pointer (RFC 6901). */
function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
