// How each provider's examples start: its package, client factory and the simplest static credential, or
// what its `packages/<name>/suites/docs.ts` says.
import {
  exampleCredential,
  importSuiteFile,
  type ProviderEntry,
  registry,
} from "@provider-clients/scripts/providers";
import type { DocsSuiteFile } from "@provider-clients/scripts/suites/docs";

/** What an operation example needs to know about its provider. */
export interface ProviderExample {
  provider: string;
  packageName: string;
  title: string;
  factory: string;
  authNamespace: string;
  /** A credential every operation of the provider accepts or that the client turns into one. */
  auth: string;
  /** The variable the example names the client. */
  client: string;
}

/** An example's start from the registry alone: the first static credential from its variable, the client named after the auth object. */
export function derivedExampleStart(
  entry: ProviderEntry,
): { auth: string; client: string } | undefined {
  const credential = exampleCredential(entry);
  if (!credential) return undefined;
  return {
    auth: `${entry.exports.auth}.${credential.builder}(process.env.${credential.variable} ?? "")`,
    client: entry.exports.auth.replace(/Auth$/, ""),
  };
}

/** The provider's example start: its own (`packages/<name>/suites/docs.ts`), else the registry's; rejects naming that file when it has neither. */
export async function providerExample(entry: ProviderEntry): Promise<ProviderExample> {
  const own = await importSuiteFile<DocsSuiteFile>(entry, "docs");
  const start = own?.exampleStart ?? derivedExampleStart(entry);
  if (!start)
    throw new Error(
      `"${entry.name}" declares no static credential: add packages/${entry.name}/suites/docs.ts exporting exampleStart`,
    );
  return {
    provider: entry.name,
    packageName: entry.package,
    title: entry.title,
    factory: entry.exports.client,
    authNamespace: entry.exports.auth,
    ...start,
  };
}

/** Every registered provider (specs/<name>/source.json), in registry order. */
export const providerExamples: readonly ProviderExample[] = await Promise.all(
  registry.map(providerExample),
);
