// Visits every OpenAPI object by its role, so edits never mistake a property name for a keyword.
import { HTTP_METHODS } from "../../openapi/http-methods.js";
import { isObject } from "../../openapi/load.js";
import { childPointer } from "./json-pointer.js";

type Json = Record<string, unknown>;

/** The role of a keyword object inside an OpenAPI 3.x document. */
export type NodeKind =
  | "document"
  | "info"
  | "server"
  | "serverVariable"
  | "pathItem"
  | "operation"
  | "parameter"
  | "requestBody"
  | "mediaType"
  | "encoding"
  | "response"
  | "header"
  | "example"
  | "link"
  | "schema"
  | "discriminator"
  | "securityScheme"
  | "oauthFlows"
  | "oauthFlow"
  | "tag"
  | "externalDocs"
  | "components"
  | "other";

/** Callbacks for keyword objects and for maps whose keys are names (paths, properties, ...). */
export interface OpenApiVisitor {
  object?(node: Json, kind: NodeKind, pointer: string): void;
  map?(node: Json, pointer: string): void;
}

/** Keywords whose value is one schema (or, with `items`, possibly a list). */
export const SCHEMA_SINGLE = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contentSchema",
] as const;
/** Keywords whose value is a list of schemas. */
export const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value maps names (data, not keywords) to schemas. */
export const SCHEMA_MAPS = [
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
];

const COMPONENT_KINDS: Record<string, NodeKind> = {
  schemas: "schema",
  responses: "response",
  parameters: "parameter",
  examples: "example",
  requestBodies: "requestBody",
  headers: "header",
  securitySchemes: "securityScheme",
  links: "link",
  pathItems: "pathItem",
};

/** Walks the document depth-first, calling the visitor before descending into each object. */
export function walkOpenApi(doc: Json, visitor: OpenApiVisitor): void {
  new Walker(visitor).document(doc);
}

class Walker {
  constructor(private readonly visitor: OpenApiVisitor) {}

  document(doc: Json): void {
    this.visitor.object?.(doc, "document", "");
    this.node(doc.info, "info", "/info");
    this.list(doc.servers, "/servers", (s, p) => this.server(s, p));
    this.list(doc.tags, "/tags", (t, p) => this.simple(t, "tag", p));
    this.node(doc.externalDocs, "externalDocs", "/externalDocs");
    this.mapOf(doc.paths, "/paths", (item, p) => this.pathItem(item, p));
    this.mapOf(doc.webhooks, "/webhooks", (item, p) => this.pathItem(item, p));
    const components = doc.components;
    if (isObject(components)) {
      this.visitor.object?.(components, "components", "/components");
      for (const [section, kind] of Object.entries(COMPONENT_KINDS)) {
        const at = childPointer("/components", section);
        this.mapOf(components[section], at, (value, p) => this.byKind(value, kind, p));
      }
      this.mapOf(components.callbacks, "/components/callbacks", (cb, p) => this.callback(cb, p));
    }
  }

  private byKind(value: unknown, kind: NodeKind, pointer: string): void {
    if (kind === "schema") this.schema(value, pointer);
    else if (kind === "response") this.response(value, pointer);
    else if (kind === "parameter" || kind === "header") this.parameter(value, kind, pointer);
    else if (kind === "requestBody") this.requestBody(value, pointer);
    else if (kind === "securityScheme") this.securityScheme(value, pointer);
    else if (kind === "pathItem") this.pathItem(value, pointer);
    else this.simple(value, kind, pointer);
  }

  private simple(value: unknown, kind: NodeKind, pointer: string): void {
    if (isObject(value)) this.visitor.object?.(value, kind, pointer);
  }

  private node(value: unknown, kind: NodeKind, pointer: string): void {
    this.simple(value, kind, pointer);
  }

  private server(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "server", pointer);
    this.mapOf(value.variables, childPointer(pointer, "variables"), (v, p) =>
      this.simple(v, "serverVariable", p),
    );
  }

  private pathItem(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "pathItem", pointer);
    this.list(value.servers, childPointer(pointer, "servers"), (s, p) => this.server(s, p));
    this.list(value.parameters, childPointer(pointer, "parameters"), (v, p) =>
      this.parameter(v, "parameter", p),
    );
    for (const method of HTTP_METHODS) this.operation(value[method], childPointer(pointer, method));
  }

  private operation(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "operation", pointer);
    this.node(value.externalDocs, "externalDocs", childPointer(pointer, "externalDocs"));
    this.list(value.servers, childPointer(pointer, "servers"), (s, p) => this.server(s, p));
    this.list(value.parameters, childPointer(pointer, "parameters"), (v, p) =>
      this.parameter(v, "parameter", p),
    );
    this.requestBody(value.requestBody, childPointer(pointer, "requestBody"));
    this.mapOf(value.responses, childPointer(pointer, "responses"), (r, p) => this.response(r, p));
    this.mapOf(value.callbacks, childPointer(pointer, "callbacks"), (cb, p) =>
      this.callback(cb, p),
    );
  }

  private callback(value: unknown, pointer: string): void {
    this.mapOf(value, pointer, (item, p) => this.pathItem(item, p));
  }

  private parameter(value: unknown, kind: "parameter" | "header", pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, kind, pointer);
    this.schema(value.schema, childPointer(pointer, "schema"));
    this.content(value.content, childPointer(pointer, "content"));
    this.mapOf(value.examples, childPointer(pointer, "examples"), (e, p) =>
      this.simple(e, "example", p),
    );
  }

  private requestBody(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "requestBody", pointer);
    this.content(value.content, childPointer(pointer, "content"));
  }

  private response(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "response", pointer);
    this.mapOf(value.headers, childPointer(pointer, "headers"), (h, p) =>
      this.parameter(h, "header", p),
    );
    this.content(value.content, childPointer(pointer, "content"));
    this.mapOf(value.links, childPointer(pointer, "links"), (l, p) => this.simple(l, "link", p));
  }

  private content(value: unknown, pointer: string): void {
    this.mapOf(value, pointer, (media, p) => {
      if (!isObject(media)) return;
      this.visitor.object?.(media, "mediaType", p);
      this.schema(media.schema, childPointer(p, "schema"));
      this.mapOf(media.examples, childPointer(p, "examples"), (e, ep) =>
        this.simple(e, "example", ep),
      );
      this.mapOf(media.encoding, childPointer(p, "encoding"), (enc, ep) => {
        if (!isObject(enc)) return;
        this.visitor.object?.(enc, "encoding", ep);
        this.mapOf(enc.headers, childPointer(ep, "headers"), (h, hp) =>
          this.parameter(h, "header", hp),
        );
      });
    });
  }

  private securityScheme(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "securityScheme", pointer);
    const flows = value.flows;
    if (!isObject(flows)) return;
    const flowsAt = childPointer(pointer, "flows");
    this.visitor.object?.(flows, "oauthFlows", flowsAt);
    for (const [name, flow] of Object.entries(flows)) {
      if (!isObject(flow)) continue;
      const at = childPointer(flowsAt, name);
      this.visitor.object?.(flow, "oauthFlow", at);
      if (isObject(flow.scopes)) this.visitor.map?.(flow.scopes, childPointer(at, "scopes"));
    }
  }

  schema(value: unknown, pointer: string): void {
    if (!isObject(value)) return;
    this.visitor.object?.(value, "schema", pointer);
    for (const key of SCHEMA_SINGLE) this.schema(value[key], childPointer(pointer, key));
    for (const key of SCHEMA_LISTS) {
      this.list(value[key], childPointer(pointer, key), (s, p) => this.schema(s, p));
    }
    // 3.0 documents may carry a tuple-style `items` array; walk it the same way.
    if (Array.isArray(value.items)) {
      this.list(value.items, childPointer(pointer, "items"), (s, p) => this.schema(s, p));
    }
    for (const key of SCHEMA_MAPS) {
      this.mapOf(value[key], childPointer(pointer, key), (s, p) => this.schema(s, p));
    }
    const discriminator = value.discriminator;
    if (isObject(discriminator)) {
      const at = childPointer(pointer, "discriminator");
      this.visitor.object?.(discriminator, "discriminator", at);
      if (isObject(discriminator.mapping)) {
        this.visitor.map?.(discriminator.mapping, childPointer(at, "mapping"));
      }
    }
    this.node(value.externalDocs, "externalDocs", childPointer(pointer, "externalDocs"));
  }

  private list(value: unknown, pointer: string, each: (item: unknown, at: string) => void): void {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      each(item, childPointer(pointer, index));
    });
  }

  private mapOf(value: unknown, pointer: string, each: (item: unknown, at: string) => void): void {
    if (!isObject(value)) return;
    this.visitor.map?.(value, pointer);
    for (const [key, item] of Object.entries(value)) each(item, childPointer(pointer, key));
  }
}
