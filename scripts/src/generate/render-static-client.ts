// Renders a provider's static credential builders from its registry entry (`static-credentials.ts`), and `client.ts` when the entry asks for a generated client.
import type { ProviderEntry } from "../providers/registry.js";
import { checkWireAgainstScheme, isBearerWire, parseStaticWire } from "../providers/static-wire.js";

/** Names a provider's generated exports derive from: `createXClient` gives `X`, `xAuth` gives `x`. */
export function exportStems(entry: ProviderEntry): { pascal: string; camel: string } {
  const pascal = /^create(\w+)Client$/.exec(entry.exports.client)?.[1];
  const camel = /^(\w+)Auth$/.exec(entry.exports.auth)?.[1];
  if (!pascal || !camel)
    throw new Error(
      `${entry.name}: a generated client needs exports named create<P>Client and <p>Auth, not ${entry.exports.client} and ${entry.exports.auth}`,
    );
  return { pascal, camel };
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether a provider has static credentials the generator writes builders for. */
export function hasStaticCredentials(entry: ProviderEntry): boolean {
  return entry.credentials.some((credential) => credential.kind === "static");
}

/** The source of `src/generated/static-credentials.ts`: one builder per static credential, checked against the spec's scheme. */
export function renderStaticCredentials(
  entry: ProviderEntry,
  securitySchemes: Record<string, unknown>,
): string {
  const { camel } = exportStems(entry);
  const builders = entry.credentials
    .filter((credential) => credential.kind === "static")
    .map((credential) => {
      const wire = parseStaticWire(credential);
      checkWireAgainstScheme(credential, wire, securitySchemes[credential.scheme]);
      const fn = `${camel}${capitalize(credential.builder)}`;
      const schemes = `[${JSON.stringify(credential.scheme)}]`;
      const helper =
        wire.in === "query" ? "queryKeyAuth" : isBearerWire(wire) ? "bearerAuth" : "apiKeyAuth";
      const call =
        wire.in === "query"
          ? `queryKeyAuth({ provider, key: secret, param: ${JSON.stringify(wire.param)}, schemes: ${schemes} })`
          : helper === "bearerAuth"
            ? `bearerAuth({ provider, token: secret, schemes: ${schemes} })`
            : `apiKeyAuth({\n    provider,\n    key: secret,\n    header: ${JSON.stringify(wire.header)},\n` +
              (wire.prefix ? `    format: (value) => \`${wire.prefix}\${value}\`,\n` : "") +
              `    schemes: ${schemes},\n  })`;
      return {
        helper,
        source:
          `/** Sends \`${credential.wire}\` on every call (the spec's \`${credential.scheme}\` scheme); \`secret\` may be an async getter. */\n` +
          `export function ${fn}(secret: Secret): StaticAuth {\n  return ${call};\n}\n`,
      };
    });
  // In the order the import sorter keeps them.
  const helpers = ["apiKeyAuth", "bearerAuth", "queryKeyAuth"].filter((helper) =>
    builders.some((b) => b.helper === helper),
  );
  return [
    `import { ${[...helpers, "type Secret", "type StaticAuth"].join(", ")} } from "@provider-clients/auth";`,
    "",
    `const provider = ${JSON.stringify(entry.name)};`,
    "",
    ...builders.map((b) => b.source),
  ].join("\n");
}

/** The source of `src/generated/client.ts` (beside `static-credentials.ts`); throws when a credential is managed. */
export function renderStaticClient(entry: ProviderEntry): string {
  const { pascal, camel } = exportStems(entry);
  const builders = entry.credentials.map((credential) => {
    if (credential.kind !== "static")
      throw new Error(
        `${entry.name}: credential "${credential.builder}" is managed; a generated client has static credentials only`,
      );
    return { builder: credential.builder, fn: `${camel}${capitalize(credential.builder)}` };
  });
  return [
    'import { type ClientOptions, createProviderClient, type ProviderClient, type ProviderDefinition } from "@provider-clients/auth";',
    'import type { paths } from "./openapi.js";',
    'import { operations } from "./operations.js";',
    `import { ${builders.map((b) => b.fn).join(", ")} } from "./static-credentials.js";`,
    "",
    `export { ${builders.map((b) => b.fn).join(", ")} };`,
    "",
    "/** The API root a client uses when given no `baseUrl`. */",
    `export const ${camel}DefaultBaseUrl = ${JSON.stringify(entry.defaultBaseUrl)};`,
    "",
    `/** Ways to authenticate a ${entry.title} client. */`,
    `export const ${entry.exports.auth} = {`,
    ...builders.map((b) => `  ${b.builder}: ${b.fn},`),
    "} as const;",
    "",
    `/** Options for ${entry.exports.client}: \`auth\` from \`${entry.exports.auth}\`, plus the shared client options. */`,
    `export type ${pascal}ClientOptions = ClientOptions;`,
    "",
    `/** A typed ${entry.title} client: openapi-fetch methods by path, \`op.<operationId>()\`, and \`session\`. */`,
    `export type ${pascal}Client = ProviderClient<paths, typeof operations>;`,
    "",
    "const definition: ProviderDefinition<typeof operations> = {",
    `  provider: ${JSON.stringify(entry.name)},`,
    `  defaultBaseUrl: ${camel}DefaultBaseUrl,`,
    "  operations,",
    "};",
    "",
    `/** Creates a ${entry.title} API client; \`baseUrl\` defaults to ${entry.defaultBaseUrl}. */`,
    `export function ${entry.exports.client}(options: ${pascal}ClientOptions): ${pascal}Client {`,
    "  return createProviderClient<paths, typeof operations>(definition, options);",
    "}",
    "",
  ].join("\n");
}
