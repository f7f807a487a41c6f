// A `client.op.<operationId>()` program per operation: required parameters and a JSON body sampled
// from the spec with openapi-sampler (Redocly's, the sampler behind its docs' examples) rather than
// a walker of our own, so enums, formats, examples, allOf and refs come out as the spec means them.
import { sample } from "openapi-sampler";
import type { OperationDoc, ParameterDoc, ProviderSpec, Schema } from "./operation-model.js";
import type { ProviderExample } from "./providers.js";

const requiredOnly = { skipNonRequired: true, quiet: true } as const;
const wholeBody = { skipReadOnly: true, quiet: true } as const;

/** The example program shown on an operation's page (and compiled by the docs tests). */
export function operationExample(
  provider: ProviderExample,
  spec: ProviderSpec,
  operation: OperationDoc,
): string {
  const init = callInit(spec, operation);
  const args = init === "" ? "" : init;
  return [
    `import { ${provider.authNamespace}, ${provider.factory} } from "${provider.packageName}";`,
    "",
    `const ${provider.client} = ${provider.factory}({`,
    `  auth: ${provider.auth},`,
    "});",
    "",
    `const { data, error } = await ${provider.client}.op.${operation.operationId}(${args});`,
    "console.log(error ?? data);",
    "",
  ].join("\n");
}

// `{ params: { path: {...}, query: {...} }, body: ..., <how to send it> }` with what the operation requires.
function callInit(spec: ProviderSpec, operation: OperationDoc): string {
  const parts: string[] = [];
  const params = paramsObject(
    spec,
    operation.parameters.filter((p) => p.required),
  );
  if (params !== "") parts.push(`params: ${params}`);
  const content = operation.requestBody?.content ?? [];
  const chosen = content.find((c) => isJson(c.contentType)) ?? content[0];
  if (chosen?.schema) parts.push(...bodyParts(spec, chosen.contentType, chosen.schema));
  if (parts.length === 0) return "";
  return `{\n  ${parts.join(",\n  ")},\n}`;
}

// JSON goes as it is; a form is URL-encoded when the Content-Type says so (openapi-fetch's
// default serializer); multipart needs a FormData, built by a bodySerializer.
function bodyParts(spec: ProviderSpec, contentType: string, schema: Schema): string[] {
  const body = sampleBody(spec, schema);
  if (isJson(contentType)) return [`body: ${literal(body, 1)}`];
  if (contentType === "application/x-www-form-urlencoded") {
    return [`body: ${literal(body, 1)}`, `headers: { "Content-Type": "${contentType}" }`];
  }
  if (contentType === "multipart/form-data") {
    return [
      `body: ${literal(body, 1)}`,
      "bodySerializer(fields) {\n" +
        "    const form = new FormData();\n" +
        "    for (const [name, value] of Object.entries(fields)) form.append(name, value);\n" +
        "    return form;\n" +
        "  }",
    ];
  }
  return [`body: ${literal(body, 1)}`];
}

// The whole body without read-only fields, except those the type still requires; binary fields as Blobs.
function sampleBody(spec: ProviderSpec, schema: Schema): unknown {
  const body = sampleOf(spec, schema, wholeBody);
  const resolved = spec.resolver.follow(schema, "").value as Schema;
  if (resolved.format === "binary") return new Code('new Blob(["…"])');
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const properties = (resolved.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(resolved.required) ? (resolved.required as string[]) : [];
  const out = body as Record<string, unknown>;
  for (const [name, raw] of Object.entries(properties)) {
    const property = spec.resolver.follow(raw, "").value as Schema;
    if (property.format === "binary" && name in out) out[name] = new Code('new Blob(["…"])');
    else if (property.readOnly === true && required.includes(name)) {
      out[name] = sampleOf(spec, raw, requiredOnly);
    }
  }
  return out;
}

/** Code written into a literal as it is (a `new Blob(...)`). */
class Code {
  constructor(readonly text: string) {}
}

function paramsObject(spec: ProviderSpec, required: ParameterDoc[]): string {
  const groups: string[] = [];
  for (const where of ["path", "query", "header", "cookie"] as const) {
    const inGroup = required.filter((p) => p.in === where);
    if (inGroup.length === 0) continue;
    const fields = inGroup.map(
      (p) => `${key(p.name)}: ${literal(sampleOf(spec, p.schema, requiredOnly), 2)}`,
    );
    groups.push(`${where}: { ${fields.join(", ")} }`);
  }
  return groups.length === 0 ? "" : `{ ${groups.join(", ")} }`;
}

function sampleOf(
  spec: ProviderSpec,
  schema: Record<string, unknown>,
  options: typeof requiredOnly | typeof wholeBody,
): unknown {
  return sample(schema as Parameters<typeof sample>[0], options, spec.doc);
}

/** `application/json` and `application/<x>+json`. */
export function isJson(contentType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/i.test(contentType);
}

// A JavaScript literal, indented as the surrounding call: plain keys where they are identifiers.
function literal(value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${pad}  ${literal(v, depth + 1)}`).join(",\n")},\n${pad}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => `${pad}  ${key(k)}: ${literal(v, depth + 1)}`);
    return `{\n${lines.join(",\n")},\n${pad}}`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
