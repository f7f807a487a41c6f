// JSON Schema of `specs/<name>/source.json`: the spec's origin plus what the provider's package declares.

const text = { type: "string", minLength: 1 } as const;
const urls = { type: "array", items: { type: "string", pattern: "^https://" } } as const;

/** Checked by ajv when the registry is read; an unknown or missing key is an error naming the file. */
export const providerSchema = {
  type: "object",
  additionalProperties: false,
  required: [
    "provider",
    "title",
    "package",
    "summary",
    "kind",
    "upstream",
    "servers",
    "docs",
    "license",
    "defaultBaseUrl",
    "exports",
    "probe",
    "credentials",
    "pagination",
    "errors",
  ],
  properties: {
    provider: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
    title: text,
    package: { type: "string", pattern: "^@provider-clients/[a-z][a-z0-9-]*$" },
    summary: text,
    kind: { enum: ["fetched", "hand-written"] },
    upstream: urls,
    vendorFile: { type: "string", pattern: "^[a-z][a-z0-9-]*/[^/]+$" },
    servers: { ...urls, minItems: 1 },
    docs: text,
    license: text,
    defaultBaseUrl: { type: "string", pattern: "^https://" },
    exports: {
      type: "object",
      additionalProperties: false,
      required: ["client", "auth", "fakeServer"],
      properties: { client: text, auth: text, fakeServer: text, fakeCredentials: text },
    },
    probe: text,
    credentials: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["builder", "kind", "scheme", "wire"],
        properties: {
          builder: text,
          kind: { enum: ["static", "managed"] },
          scheme: text,
          // `Header: [Prefix ]<secret>` or `?param=<secret>` (static-wire.ts reads both).
          wire: { type: "string", pattern: "^([A-Za-z-]+: \\S|\\?[A-Za-z0-9_.~-]+=<)" },
          grant: text,
        },
        // A managed credential names its grant; a static one has none.
        oneOf: [
          { properties: { kind: { const: "managed" } }, required: ["grant"] },
          { properties: { kind: { const: "static" } }, not: { required: ["grant"] } },
        ],
      },
    },
    pagination: { enum: ["cursor", "page", "offset", "none"] },
    errors: { type: "string", pattern: "^#/" },
    generatedClient: { type: "boolean" },
    lintExceptions: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["severity", "reason"],
        properties: { severity: { enum: ["off", "warn"] }, reason: text },
      },
    },
  },
  // specs:update adopts what it fetches, so a fetched spec names the vendor file it is adopted from.
  anyOf: [{ properties: { kind: { const: "hand-written" } } }, { required: ["vendorFile"] }],
} as const;
