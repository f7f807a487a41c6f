// The new package's files, rendered from its registry entry: configuration, entry points, the fake on the kit, README, examples, fixtures and tests.
import { exportStems } from "../generate/render-static-client.js";
import type { ProviderEntry } from "../providers/registry.js";
import {
  isBearerWire,
  parseStaticWire,
  type StaticWire,
  secretVariable,
} from "../providers/static-wire.js";

/** What the templates need beyond the registry entry. */
export interface PackageFacts {
  entry: ProviderEntry;
  /** The probe's path, e.g. `/domains`. */
  probePath: string;
  /** The error body's string field that carries the message. */
  errorField: string;
  license: string;
  /** Versions the other provider packages pin, by dependency name. */
  versions: Record<string, string>;
}

const kebab = (word: string) => word.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Relative path -> content of every file under `packages/<name>/`. */
export function packageFiles(facts: PackageFacts): Map<string, string> {
  const { entry, probePath, errorField, versions } = facts;
  const { pascal, camel } = exportStems(entry);
  const name = entry.name;
  const env = name.toUpperCase().replace(/-/g, "_");
  const probe = entry.probe;
  const fakeCredentials = `fake${pascal}Credentials`;
  const startFake = entry.exports.fakeServer;
  const fakeConfig = `${camel}FakeConfig`;
  const basePath = new URL(entry.defaultBaseUrl).pathname.replace(/\/$/, "");
  const credentials = entry.credentials.map((credential) => {
    const wire = parseStaticWire(credential);
    return {
      ...credential,
      at: wire,
      prefix: wire.in === "header" ? wire.prefix : "",
      bearer: isBearerWire(wire),
      secret: `fake-${name}-${kebab(credential.builder)}-0123456789`,
      variable: secretVariable(name, credential.builder),
      example: `examples/call-the-api-with-a-${kebab(credential.builder)}.ts`,
    };
  });
  const keyed = credentials.find((c) => !c.bearer);
  const bearers = credentials.filter((c) => c.bearer);
  const first = credentials[0]!;
  const files = new Map<string, string>();

  files.set(
    "package.json",
    json({
      name: entry.package,
      version: "0.0.0",
      description: `Typed ${entry.title} API client; credentials sent as the spec declares.`,
      type: "module",
      sideEffects: false,
      license: "MIT",
      repository: {
        type: "git",
        url: "https://example.invalid/provider-clients.git",
        directory: `packages/${name}`,
      },
      engines: { node: "^20.19.0 || >=22.12.0" },
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./testing": { types: "./dist/testing/index.d.ts", default: "./dist/testing/index.js" },
        "./package.json": "./package.json",
      },
      files: ["dist", "!dist/**/*.tsbuildinfo", "README.md", "CHANGELOG.md", "LICENSE"],
      publishConfig: { access: "public" },
      scripts: {
        build: "tsc -p tsconfig.build.json",
        typecheck: "tsc --noEmit",
        test: "vitest run",
      },
      dependencies: {
        "@provider-clients/auth": "workspace:*",
        "openapi-fetch": versions["openapi-fetch"],
      },
      devDependencies: {
        "@provider-clients/scripts": "workspace:*",
        "@types/node": versions["@types/node"],
        typescript: versions.typescript,
        vitest: versions.vitest,
      },
    }),
  );
  files.set("LICENSE", facts.license);
  files.set(
    "tsconfig.json",
    json({
      extends: "../../tsconfig.base.json",
      compilerOptions: {
        noEmit: true,
        paths: {
          [entry.package]: ["./src/index.ts"],
          [`${entry.package}/testing`]: ["./src/testing/index.ts"],
        },
      },
      include: ["src", "test", "examples", "suites"],
    }),
  );
  files.set(
    "tsconfig.build.json",
    json({
      extends: "../../tsconfig.base.json",
      compilerOptions: { outDir: "dist", rootDir: "src", tsBuildInfoFile: "dist/.tsbuildinfo" },
      include: ["src"],
    }),
  );
  files.set(
    "turbo.json",
    json({
      $schema: "https://turborepo.com/schema.json",
      extends: ["//"],
      tasks: {
        build: { dependsOn: ["^build", "//#generate"] },
        typecheck: { dependsOn: ["^build", "//#generate"] },
      },
    }),
  );
  files.set(
    "usage-fixtures/tsconfig.json",
    json({ extends: "../tsconfig.json", compilerOptions: { noEmit: true }, include: ["*.ts"] }),
  );
  files.set(
    "vitest.config.ts",
    `import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Examples import the package by name, as users do; tests run them against the sources.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^${entry.package.replace("/", "\\/")}\\/testing$/, replacement: source("./src/testing/index.ts") },
      { find: /^${entry.package.replace("/", "\\/")}$/, replacement: source("./src/index.ts") },
    ],
  },
  test: sharedTestConfig,
});
`,
  );

  files.set(
    "src/index.ts",
    `// ${entry.package}: a typed ${entry.title} client; its factory and auth object are generated from specs/${name}/.
export type { Secret } from "@provider-clients/auth";
export {
  ApiError,
  NetworkError,
  ProviderClientError,
  ProviderClientErrorCode,
  RequestTimeoutError,
  ResponseParseError,
} from "@provider-clients/auth";
export {
  ${entry.exports.client},
  type ${pascal}Client,
  type ${pascal}ClientOptions,
  ${entry.exports.auth},
  ${camel}DefaultBaseUrl,
${credentials.map((c) => `  ${camel}${capitalize(c.builder)},`).join("\n")}
} from "./generated/client.js";
// The spec's enums as runtime arrays, generated with the types.
export * from "./generated/enums.js";
export type { components, OperationId, operationTypes, paths } from "./generated/index.js";
export { operations } from "./generated/index.js";
`,
  );

  files.set(
    "src/testing/fake-credentials.ts",
    `// Credentials the fake ${entry.title} accepts unless a test passes its own (test values, not real secrets).

/** One accepted secret per builder of \`${entry.exports.auth}\`. */
export const ${fakeCredentials} = {
${credentials.map((c) => `  ${c.builder}: ${JSON.stringify(c.secret)},`).join("\n")}
} as const;
`,
  );
  files.set(
    "src/testing/fake-config.ts",
    `// ${entry.title}'s fake as kit configuration: its error body and credentials' wire format. Resource models and behaviours go here too.
import type { FakeProviderConfig } from "@provider-clients/auth/testing";
import { fakeSpec } from "../generated/fake-spec.js";
import { operations } from "../generated/operations.js";
import { requestValidators } from "../generated/request-validators.js";
import { responseValidators } from "../generated/validators.js";
import { ${fakeCredentials} } from "./fake-credentials.js";

/** Everything that makes the kit's fake ${entry.title}; every operation gets a sampled, schema-valid answer. */
export const ${fakeConfig}: FakeProviderConfig = {
  provider: ${JSON.stringify(name)},
  basePath: ${JSON.stringify(basePath)},
  operations,
  spec: fakeSpec,
  requestValidators,
  responseValidators,
  errors: { body: (error) => ({ ${JSON.stringify(errorField)}: error.message }) },
  auth: {
${keyed ? `    ${keyedWire(keyed.at)},\n` : ""}    // Static credentials only: no token endpoint issues anything.
    policy: { accessTokenTtlSeconds: 3600 },
  },
  credentials: {
${keyed ? `    apiKeys: [${fakeCredentials}.${keyed.builder}],\n` : ""}${bearers.length > 0 ? `    bearerTokens: [${bearers.map((c) => `${fakeCredentials}.${c.builder}`).join(", ")}],\n` : ""}  },
};
`,
  );
  files.set(
    "src/testing/fake-server.ts",
    `// A real HTTP server on 127.0.0.1 that answers every ${entry.title} operation: the kit, configured.
import { type FakeServer, type FakeServerOptions, startFakeServer } from "@provider-clients/auth/testing";
import { ${fakeConfig} } from "./fake-config.js";

/** A running fake ${entry.title}. */
export type Fake${pascal}Server = FakeServer;

/** Starts a fake ${entry.title} on 127.0.0.1 (a free port); \`url\` is its API root. */
export function ${startFake}(options: FakeServerOptions = {}): Promise<Fake${pascal}Server> {
  return startFakeServer(${fakeConfig}, options);
}
`,
  );
  files.set(
    "src/testing/index.ts",
    `// ${entry.package}/testing: a fake ${entry.title} server for your tests (Node only), built on the auth kit.
export type {
  FakeServerOptions as Fake${pascal}ServerOptions,
  FaultSpec as FakeFault,
  RequestRecord as FakeRequestRecord,
} from "@provider-clients/auth/testing";
export { ${fakeConfig} } from "./fake-config.js";
export { ${fakeCredentials} } from "./fake-credentials.js";
export { type Fake${pascal}Server, ${startFake} } from "./fake-server.js";
`,
  );

  const authLine = (c: (typeof credentials)[number], secret: string) =>
    `${entry.exports.auth}.${c.builder}(${secret})`;
  const examples = new Map<string, string>();
  for (const c of credentials)
    examples.set(
      c.example,
      `import { ${entry.exports.client}, ${entry.exports.auth} } from "${entry.package}";

const client = ${entry.exports.client}({
  auth: ${authLine(c, `process.env.${c.variable} ?? ""`)},
  // Leave unset for ${entry.defaultBaseUrl}; tests point it at the fake server.
  baseUrl: process.env.${env}_BASE_URL,
});

const { error, response } = await client.op.${probe}();
if (error) throw new Error(\`${entry.title} answered \${response.status}\`);
console.log(\`${probe} answered \${response.status}\`);
`,
    );
  examples.set(
    "examples/test-with-the-fake-server.ts",
    `import { ${entry.exports.client}, ${entry.exports.auth} } from "${entry.package}";
import { ${fakeCredentials}, ${startFake} } from "${entry.package}/testing";

const fake = await ${startFake}();
try {
  fake.faults.inject({ kind: "status", status: 503, operationId: ${JSON.stringify(probe)} });
  const client = ${entry.exports.client}({
    auth: ${authLine(first, `${fakeCredentials}.${first.builder}`)},
    baseUrl: fake.url,
  });
  const { response } = await client.op.${probe}(); // the 503 is retried
  console.log(\`${probe} answered \${response.status}\`);
  console.log(\`requests: \${fake.count({ operationId: ${JSON.stringify(probe)} })}\`);
} finally {
  await fake.close();
}
`,
  );
  for (const [file, code] of examples) files.set(file, code);

  const block = (file: string) =>
    `<!-- example: ${file} -->\n\`\`\`ts\n${examples.get(file)}\`\`\``;
  files.set(
    "README.md",
    `# ${entry.package}

${entry.summary}

A typed client generated from our [${entry.title} spec](../../specs/${name}/openapi.yaml): every path and
operation is typed, and \`${entry.exports.client}\` and \`${entry.exports.auth}\` are written by \`pnpm generate\`
from the spec's security schemes and the credentials declared in
[\`specs/${name}/source.json\`](../../specs/${name}/source.json).

\`\`\`sh
npm install ${entry.package}
\`\`\`

## Credentials

| builder | sent on every call | security scheme |
|---|---|---|
${credentials.map((c) => `| \`${entry.exports.auth}.${c.builder}(secret)\` | \`${c.wire}\` | \`${c.scheme}\` |`).join("\n")}

A secret may be a string or an async function returning one (called per request, so rotation needs no new
client). It never appears in errors or logs.

## Calling the API

${credentials.map((c) => block(c.example)).join("\n\n")}

Every operation is also a method named by its operationId (\`client.op.${probe}()\`), and by path with
openapi-fetch's methods (\`client.GET(${JSON.stringify(probePath)})\`).

## Testing with the fake server

\`${entry.package}/testing\` starts a fake ${entry.title} on 127.0.0.1 that answers every operation of the
spec with a schema-valid body, checks credentials as the real API does, and takes the kit's faults
(\`status\`, \`reset\`, \`delay\`, \`invalid-json\`, \`html\`, \`rate-limited\`, ...), \`seed\`, \`state\`,
\`requests\` and \`count\` (see the README of provider-clients' auth package).

${block("examples/test-with-the-fake-server.ts")}

## Errors

By default a non-2xx answer comes back as \`{ error, response }\`, with \`error\` typed from the spec; with
\`throwOnError: true\` it throws \`ApiError\` (\`status\`, \`method\`, \`url\` and the error body). All of
these extend \`ProviderClientError\` (a stable \`code\`); messages name the method and URL and never
contain the secret.

| error | \`code\` | when |
|---|---|---|
| \`ApiError\` | \`api_error\` | a non-2xx answer with \`throwOnError: true\` |
| \`ResponseParseError\` | \`response_parse_error\` | a 2xx answer whose body is not the JSON the operation declares |
| \`RequestTimeoutError\` | \`request_timeout\` | an attempt ran past \`timeoutMs\` |
| \`NetworkError\` | \`network_error\` | a request got no answer (refused, reset, DNS) |
| \`ProviderClientError\` | \`invalid_secret\` | the secret (or what its function returned) is empty or not a valid header value |
`,
  );

  files.set(
    "usage-fixtures/calls-by-operation-id.ts",
    `// A user calls the probe operation by operationId with a static credential.
import { ${entry.exports.client}, ${entry.exports.auth} } from "../src/index.js";

const client = ${entry.exports.client}({
  auth: ${authLine(first, `async () => "fixture-secret"`)},
  baseUrl: "http://127.0.0.1:9",
  throwOnError: true,
});

const { data } = await client.op.${probe}();
console.log(data);
`,
  );
  files.set(
    "usage-fixtures/calls-by-path.ts",
    `// A user calls the probe operation by path and reads the typed answer.
import { ${entry.exports.client}, ${entry.exports.auth} } from "../src/index.js";

const client = ${entry.exports.client}({ auth: ${authLine(first, `"fixture-secret"`)} });

const { data, error } = await client.GET(${JSON.stringify(probePath)});
if (error) throw new Error("the call failed");
console.log(data);
`,
  );

  // What the walk sends to authenticate: the credential's header, or its query parameter.
  const walkCredential = (c: (typeof credentials)[number], secret: string) =>
    c.at.in === "query"
      ? `headers: {},\n    query: { ${JSON.stringify(c.at.param)}: ${secret} },`
      : `headers: { ${JSON.stringify(c.at.header)}: ${JSON.stringify(c.prefix)} + ${secret} },`;
  // Reads what a request carries where the credential goes: a header, or a query parameter.
  const carried = (c: (typeof credentials)[number]) =>
    c.at.in === "query"
      ? `(request: Request) => new URL(request.url).searchParams.get(${JSON.stringify(c.at.param)})`
      : `(request: Request) => request.headers.get(${JSON.stringify(c.at.header.toLowerCase())})`;
  files.set(
    "test/the-fake-answers-every-operation-with-a-declared-schema-valid-body.test.ts",
    `import { walkOperations } from "@provider-clients/auth/testing";
import { afterEach, expect, it } from "vitest";
import {
  type Fake${pascal}Server,
  ${fakeConfig},
  ${fakeCredentials},
  ${startFake},
} from "../src/testing/index.js";

const running: Fake${pascal}Server[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

it("one call per operation gets a declared 2xx with a schema-valid body", async () => {
  const fake = await ${startFake}();
  running.push(fake);
  const results = await walkOperations(${fakeConfig}, fake, {
    ${walkCredential(first, `${fakeCredentials}.${first.builder}`)}
  });
  expect(results).toHaveLength(Object.keys(${fakeConfig}.operations).length);
  const wrong = results.filter((r) => !r.declared || r.mismatches.length > 0 || r.status >= 300);
  expect(wrong.map((r) => \`\${r.method} \${r.path} \${r.status} \${r.mismatches.join(", ")}\`)).toEqual([]);
});
`,
  );
  files.set(
    "test/each-declared-credential-is-sent-as-its-wire-says.test.ts",
    `import { afterEach, expect, it } from "vitest";
import { ${entry.exports.auth}, ${entry.exports.client} } from "../src/index.js";
import { type Fake${pascal}Server, ${fakeCredentials}, ${startFake} } from "../src/testing/index.js";

const running: Fake${pascal}Server[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

const builders = [
${credentials.map((c) => `  { builder: ${JSON.stringify(c.builder)}, wire: ${JSON.stringify(c.wire)}, read: ${carried(c)}, prefix: ${JSON.stringify(c.prefix)}, kind: ${JSON.stringify(c.bearer ? "bearer" : "api-key")} },`).join("\n")}
] as const;

for (const { builder, wire, read, prefix, kind } of builders) {
  it(\`${entry.exports.auth}.\${builder} sends \${wire}, and the fake refuses a wrong one with 401\`, async () => {
    const fake = await ${startFake}();
    running.push(fake);
    const secret = ${fakeCredentials}[builder];
    const sent: (string | null)[] = [];
    const recording: typeof fetch = (input, init) => {
      sent.push(read(new Request(input, init)));
      return fetch(input, init);
    };
    const good = ${entry.exports.client}({ auth: ${entry.exports.auth}[builder](secret), baseUrl: fake.url, fetch: recording });
    expect((await good.op.${probe}()).response.status).toBe(200);
    expect(sent).toEqual([prefix + secret]);
    const wrong = ${entry.exports.client}({ auth: ${entry.exports.auth}[builder]("not-the-key"), baseUrl: fake.url });
    expect((await wrong.op.${probe}()).response.status).toBe(401);
    expect(fake.requests({ route: "api" }).map((r) => r.credential)).toEqual([kind, "invalid"]);
  });
}
`,
  );
  files.set(
    "test/secrets-never-appear-in-thrown-errors.test.ts",
    `import { afterEach, expect, it } from "vitest";
import { ApiError, ${entry.exports.auth}, ${entry.exports.client} } from "../src/index.js";
import { type Fake${pascal}Server, ${startFake} } from "../src/testing/index.js";

const running: Fake${pascal}Server[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

it("a refused secret is in neither the message nor any field of the thrown ApiError", async () => {
  const fake = await ${startFake}();
  running.push(fake);
  const secret = "leak-check-secret-5f1c9e";
  const client = ${entry.exports.client}({
    auth: ${authLine(first, "secret")},
    baseUrl: fake.url,
    throwOnError: true,
  });
  const error = await client.op.${probe}().then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(401);
  const seen = [String(error), (error as Error).stack ?? "", JSON.stringify(error), JSON.stringify({ ...(error as object) })];
  for (const text of seen) expect(text).not.toContain(secret);
});
`,
  );
  files.set(
    "test/readme-examples-are-the-example-files-and-they-run.test.ts",
    `import { readdir, readFile } from "node:fs/promises";
import { runExample } from "@provider-clients/scripts/provider-contract";
import { afterEach, expect, it, vi } from "vitest";
import { type Fake${pascal}Server, ${fakeCredentials}, ${startFake} } from "../src/testing/index.js";

const root = new URL("../", import.meta.url);
const running: Fake${pascal}Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

it("every README block is byte-equal to its examples/ file, and every example file has a block", async () => {
  const readme = await readFile(new URL("README.md", root), "utf8");
  const blocks = [...readme.matchAll(/<!-- example: (examples\\/[\\w-]+\\.ts) -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\`/g)];
  const files = (await readdir(new URL("examples/", root))).map((file) => \`examples/\${file}\`);
  expect(blocks.map((b) => b[1]).sort()).toEqual(files.sort());
  for (const [, file, code] of blocks) expect(code, file).toBe(await readFile(new URL(file!, root), "utf8"));
});

${credentials
  .map(
    (c) => `it("${c.example} calls the API with ${c.variable}", async () => {
  const fake = await ${startFake}();
  running.push(fake);
  const printed = await runExample(root, "${c.example}", {
    ${env}_BASE_URL: fake.url,
    ${c.variable}: ${fakeCredentials}.${c.builder},
  });
  expect(printed).toEqual(["${probe} answered 200"]);
});`,
  )
  .join("\n\n")}

it("examples/test-with-the-fake-server.ts sees a 503 retried", async () => {
  const printed = await runExample(root, "examples/test-with-the-fake-server.ts");
  expect(printed).toEqual(["${probe} answered 200", "requests: 2"]);
});
`,
  );
  return files;
}

/** The kit's `auth` entry for the one non-bearer credential: its API key header, or its query parameter. */
function keyedWire(wire: StaticWire): string {
  if (wire.in === "query") return `queryKey: { param: ${JSON.stringify(wire.param)} }`;
  const prefix = wire.prefix ? `, prefix: ${JSON.stringify(wire.prefix)}` : "";
  return `apiKey: { header: ${JSON.stringify(wire.header)}${prefix} }`;
}
