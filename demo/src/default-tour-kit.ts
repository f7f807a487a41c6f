// What the default tour takes from a provider package, found by the names its registry entry declares.
import type { FakeClock, FakeServer } from "@provider-clients/auth/testing";
import { fakeSecrets, moduleExport, type ProviderEntry } from "@provider-clients/scripts/providers";

/** A static credential the fake accepts: its builder, wire format and the fake's secret. */
export interface StaticSecret {
  builder: string;
  wire: string;
  secret: string;
}

/** The probe operation's slice of a client: `op[probe]()`, throwing on a non-2xx answer. */
export interface ProbeClient {
  op: Record<string, (() => Promise<{ data?: unknown; response: Response }>) | undefined>;
}

/** The probe's method and path, and whether its spec lets it be called without a credential. */
export interface ProbeOperation {
  method: string;
  path: string;
  open: boolean;
}

/** Everything the default tour runs with. */
export interface DefaultTourKit {
  secrets: StaticSecret[];
  /** Static builders the fake's record has no secret for. */
  skipped: string[];
  probe: ProbeOperation;
  startFake(options: { clock: FakeClock }): Promise<FakeServer>;
  /** A client of the fake authenticated with `<p>Auth.<builder>(secret)`. */
  connect(fake: FakeServer, clock: FakeClock, builder: string, secret: string): ProbeClient;
}

type Module = Record<string, unknown>;
type Operations = Record<string, { method: string; path: string; security: readonly object[] }>;

/** Loads the kit for `entry`; throws naming `packages/<name>/suites/demo.ts` when the default cannot run. */
export async function loadDefaultTourKit(entry: ProviderEntry): Promise<DefaultTourKit> {
  const missing = (reason: string) =>
    new Error(
      `${entry.title} has no packages/${entry.name}/suites/demo.ts, and the registry-driven default tour cannot run: ${reason}. Write that file (exporting \`tour\`), or declare a static credential with a secret in exports.fakeCredentials`,
    );
  const main = (await import(/* @vite-ignore */ entry.package)) as Module;
  const testing = (await import(/* @vite-ignore */ `${entry.package}/testing`)) as Module;
  const found = fakeSecrets(entry, testing);
  if (typeof found === "string") throw missing(found);
  const secrets = found.map(({ credential: { builder, wire }, secret }) => ({
    builder,
    wire,
    secret,
  }));

  const client = moduleExport<(options: object) => ProbeClient>(
    main,
    entry.exports.client,
    "function",
    entry.package,
  );
  const auth = moduleExport<Record<string, (secret: string) => unknown>>(
    main,
    entry.exports.auth,
    "object",
    entry.package,
  );
  const operations = moduleExport<Operations>(main, "operations", "object", entry.package);
  const probe = operations[entry.probe];
  if (!probe) throw new Error(`${entry.package}'s operations have no probe ${entry.probe}`);
  for (const { builder } of secrets)
    if (typeof auth[builder] !== "function")
      throw new Error(`${entry.exports.auth}.${builder} is not a function`);
  return {
    secrets,
    skipped: entry.credentials
      .filter((c) => c.kind === "static" && !secrets.some((s) => s.builder === c.builder))
      .map((c) => c.builder),
    // No requirement, or an empty alternative, lets a call go without a credential.
    probe: {
      method: probe.method,
      path: probe.path,
      open: probe.security.length === 0 || probe.security.some((a) => Object.keys(a).length === 0),
    },
    startFake: moduleExport<DefaultTourKit["startFake"]>(
      testing,
      entry.exports.fakeServer,
      "function",
      `${entry.package}/testing`,
    ),
    connect: (fake, clock, builder, secret) =>
      client({ auth: auth[builder]!(secret), baseUrl: fake.url, clock, throwOnError: true }),
  };
}
