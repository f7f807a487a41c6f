// One provider's operations as the reference shows them, read from our spec (`specs/<p>/openapi.yaml`).
import {
  isObject,
  loadDocument,
  type OpenApiDocument,
} from "@provider-clients/scripts/openapi/load";
import { RefResolver } from "@provider-clients/scripts/openapi/resolve-refs";

/** JSON Schema as the spec writes it (refs unresolved). */
export type Schema = Record<string, unknown>;

/** A parameter, with refs followed. */
export interface ParameterDoc {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description: string;
  schema: Schema;
}

/** One media type of a body: its content type and schema. */
export interface ContentDoc {
  contentType: string;
  schema: Schema | undefined;
}

/** A security scheme an operation accepts, with what it sends. */
export interface SecurityDoc {
  scheme: string;
  scopes: string[];
  description: string;
}

/** Everything the reference page of one operation shows. */
export interface OperationDoc {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  deprecated: boolean;
  /** Alternatives: any one requirement (each a set of schemes used together) authenticates the call; empty means no auth. */
  security: SecurityDoc[][];
  parameters: ParameterDoc[];
  requestBody: { required: boolean; description: string; content: ContentDoc[] } | undefined;
  responses: { status: string; description: string; content: ContentDoc[] }[];
}

/** A provider's spec, its operations sorted by path then method, and a resolver for its refs. */
export interface ProviderSpec {
  doc: OpenApiDocument;
  resolver: RefResolver;
  title: string;
  version: string;
  operations: OperationDoc[];
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Reads a spec file into the reference's model. */
export async function readProviderSpec(file: string): Promise<ProviderSpec> {
  const doc = await loadDocument(file);
  const resolver = new RefResolver(doc, file);
  const deref = (value: unknown, pointer: string) => {
    const followed = resolver.follow(value, pointer).value;
    return isObject(followed) ? followed : {};
  };
  const schemes = isObject(doc.components) ? deref(doc.components.securitySchemes, "") : {};
  const info = isObject(doc.info) ? doc.info : {};
  const operations: OperationDoc[] = [];
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = deref(rawItem, `/paths/${path}`);
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== "string") continue;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: text(op.summary),
        description: text(op.description),
        deprecated: op.deprecated === true,
        security: securityOf(op.security ?? doc.security, schemes, deref),
        parameters: parametersOf(item.parameters, op.parameters, deref),
        requestBody: requestBodyOf(op.requestBody, deref),
        responses: Object.entries(isObject(op.responses) ? op.responses : {}).map(
          ([status, raw]) => {
            const response = deref(raw, "");
            return {
              status,
              description: text(response.description),
              content: contentOf(response.content, deref),
            };
          },
        ),
      });
    }
  }
  operations.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      methods.indexOf(a.method.toLowerCase()) - methods.indexOf(b.method.toLowerCase()),
  );
  return { doc, resolver, title: text(info.title), version: text(info.version), operations };
}

type Deref = (value: unknown, pointer: string) => Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

// Operation-level parameters override path-level ones with the same name and location.
function parametersOf(pathLevel: unknown, opLevel: unknown, deref: Deref): ParameterDoc[] {
  const byKey = new Map<string, ParameterDoc>();
  for (const list of [pathLevel, opLevel]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const param = deref(raw, "");
      const where = param.in as ParameterDoc["in"];
      byKey.set(`${where}:${String(param.name)}`, {
        name: String(param.name),
        in: where,
        required: param.required === true || where === "path",
        description: text(param.description),
        schema: isObject(param.schema) ? param.schema : {},
      });
    }
  }
  const order = ["path", "query", "header", "cookie"];
  return [...byKey.values()].sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in));
}

function requestBodyOf(raw: unknown, deref: Deref): OperationDoc["requestBody"] {
  if (raw === undefined) return undefined;
  const body = deref(raw, "");
  return {
    required: body.required === true,
    description: text(body.description),
    content: contentOf(body.content, deref),
  };
}

function contentOf(raw: unknown, deref: Deref): ContentDoc[] {
  return Object.entries(isObject(raw) ? raw : {}).map(([contentType, media]) => {
    const schema = deref(media, "").schema;
    return { contentType, schema: isObject(schema) ? schema : undefined };
  });
}

function securityOf(raw: unknown, schemes: Record<string, unknown>, deref: Deref): SecurityDoc[][] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((requirement) =>
    Object.entries(requirement).map(([scheme, scopes]) => ({
      scheme,
      scopes: Array.isArray(scopes) ? scopes.map(String) : [],
      description: describeScheme(deref(schemes[scheme], "")),
    })),
  );
}

/** What a security scheme sends, in words: `API key in header API-Key`, `OAuth2 (password, refresh)`. */
function describeScheme(scheme: Record<string, unknown>): string {
  switch (scheme.type) {
    case "apiKey":
      return `API key in ${String(scheme.in)} "${String(scheme.name)}"`;
    case "http":
      return `HTTP ${String(scheme.scheme)}${scheme.bearerFormat ? ` (${String(scheme.bearerFormat)})` : ""}`;
    case "oauth2":
      return `OAuth 2.0 (${Object.keys(isObject(scheme.flows) ? scheme.flows : {}).join(", ")})`;
    case "openIdConnect":
      return "OpenID Connect";
    default:
      return String(scheme.type ?? "unknown");
  }
}
