// The registry-driven default of a provider's bench part: its first static credential, read from the environment, and its probe call.
import {
  exampleCredential,
  type ProviderEntry,
  parseStaticWire,
} from "@provider-clients/scripts/providers";
import type { BundleConsumer, TypeCheckCalls } from "@provider-clients/scripts/suites/bench";

/** The registry facts a default is built from. */
export type DefaultFacts = Pick<
  ProviderEntry,
  "name" | "package" | "exports" | "credentials" | "probe" | "defaultBaseUrl"
>;

/** The first static credential and its environment variable; undefined when the provider has none. */
function firstStatic(entry: DefaultFacts) {
  const example = exampleCredential(entry);
  const credential = entry.credentials.find((c) => c.builder === example?.builder);
  return example && credential ? { ...example, credential } : undefined;
}

/** `import { createXClient, xAuth } from "<package>";` */
const importLine = (entry: DefaultFacts) =>
  `import { ${entry.exports.client}, ${entry.exports.auth} } from "${entry.package}";`;

/** `exports.client` with `exports.auth.<first static builder>(secret from env)`, calling the probe by operationId. */
export function defaultBundleConsumer(entry: DefaultFacts): BundleConsumer | undefined {
  const first = firstStatic(entry);
  if (!first) return undefined;
  const auth = `${entry.exports.auth}.${first.builder}(process.env.${first.variable} ?? "")`;
  return {
    credential: first.builder,
    imports: importLine(entry),
    create: `${entry.exports.client}({ auth: ${auth} })`,
    call: `client.op.${entry.probe}()`,
  };
}

/** The probe by path through our client (first static credential) and through bare openapi-fetch. */
export async function defaultTypeCheckCalls(
  entry: DefaultFacts,
  probePath: () => Promise<string>,
): Promise<TypeCheckCalls | undefined> {
  const first = firstStatic(entry);
  if (!first) return undefined;
  const path = await probePath();
  return {
    ours: {
      imports: importLine(entry),
      create: `${entry.exports.client}({ auth: ${entry.exports.auth}.${first.builder}("key") })`,
    },
    bare: { baseUrl: entry.defaultBaseUrl, headers: bareHeaders(first.credential) },
    calls: [`use((await client.GET(${JSON.stringify(path)})).data);`],
  };
}

/** The credential's header as bare openapi-fetch's default header; none when the wire is not a header (values do not change types). */
function bareHeaders(credential: ProviderEntry["credentials"][number]): Record<string, string> {
  try {
    const wire = parseStaticWire(credential);
    // A query key's wire is no header: bare openapi-fetch's types are the same without it.
    return wire.in === "header" ? { [wire.header]: `${wire.prefix}key` } : {};
  } catch {
    return {};
  }
}
