// The command line a provider without a bin of its own gets from its registry entry: `fake` runs its
// fake server; `login` and `logout` explain that its static credentials need neither.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CliFailure, type ProviderCli, type RunningFake } from "@provider-clients/auth/cli";
import type { ProviderEntry } from "./registry.js";
import { baseUrlVariable } from "./static-wire.js";

type StartFake = (options: { port: number | undefined }) => Promise<{
  url: string;
  close(): Promise<void>;
}>;

/** `entry`'s built `/testing` entry, resolved as the package resolves itself (its `exports` map). */
async function importTesting(entry: ProviderEntry, root: string): Promise<Record<string, unknown>> {
  const manifest = path.join(root, "packages", entry.name, "package.json");
  const file = createRequire(manifest).resolve(`${entry.package}/testing`);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** A `ProviderCli` from the registry: the fake from `exports.fakeServer`, its credentials from `exports.fakeCredentials`. */
export function defaultProviderCli(entry: ProviderEntry, root: string): ProviderCli {
  const statics = entry.credentials.filter((credential) => credential.kind === "static");
  const noLogin = (): never => {
    throw new CliFailure(
      `${entry.package} has no command-line login: pass your secret to ${statics
        .map((credential) => `${entry.exports.auth}.${credential.builder}(secret)`)
        .join(" or ")} instead.`,
    );
  };
  return {
    provider: entry.name,
    title: entry.title,
    packageName: entry.package,
    baseUrlVariable: baseUrlVariable(entry.name),
    loginFlags: {},
    loginHelp: "None: the static credentials of this package are passed to its auth object",
    login: async () => noLogin(),
    logout: async () => noLogin(),
    async startFake({ port }): Promise<RunningFake> {
      const testing = await importTesting(entry, root);
      const fake = await (testing[entry.exports.fakeServer] as StartFake)({ port });
      const record = entry.exports.fakeCredentials;
      const credentials = (
        record === undefined ? {} : testing[record]
      ) as RunningFake["credentials"];
      return { url: fake.url, credentials, close: () => fake.close() };
    },
  };
}
