// The API target of a provider without its own suites/reliability.ts, built from its registry entry: the
// first static credential with a fake secret in `/testing`, the probe call, faults through the kit.
import type { FakeServer, FakeServerOptions } from "@provider-clients/auth/testing";
import {
  type CredentialDeclaration,
  fakeSecrets,
  moduleExport,
  type ProviderEntry,
  parseStaticWire,
} from "@provider-clients/scripts/providers";
import type { ApiTarget, CredentialCarriers } from "@provider-clients/scripts/suites/reliability";

/** A generated client as the default calls it: operations by operationId. */
interface ProbeClient {
  op: Record<string, (init?: object) => Promise<{ response: Response }>>;
}

/** What the default takes from the provider's two entry points. */
export interface DefaultParts {
  readonly entry: ProviderEntry;
  readonly credential: CredentialDeclaration;
  /** The fake's accepted secret for `credential.builder`. */
  readonly secret: string;
  startFake(options: FakeServerOptions): Promise<FakeServer>;
  createClient(options: object): ProbeClient;
  auth(secret: string): unknown;
}

/** What the registry default needs for `entry`, or why it cannot be built. */
export async function registryDefaultParts(entry: ProviderEntry): Promise<DefaultParts | string> {
  const { exports } = entry;
  const testingPath = `${entry.package}/testing`;
  const testing: Record<string, unknown> = await import(/* @vite-ignore */ testingPath);
  const found = fakeSecrets(entry, testing);
  if (typeof found === "string") return found;
  const { credential, secret } = found[0]!;
  const main: Record<string, unknown> = await import(/* @vite-ignore */ entry.package);
  const auth = moduleExport<Record<string, unknown>>(main, exports.auth, "object", entry.package);
  const builder = moduleExport<(secret: string) => unknown>(
    auth,
    credential.builder,
    "function",
    `${entry.package}'s ${exports.auth}`,
  );
  return {
    entry,
    credential,
    secret,
    startFake: moduleExport(testing, exports.fakeServer, "function", testingPath),
    createClient: moduleExport(main, exports.client, "function", entry.package),
    auth: builder,
  };
}

/** Where the credential travels, as the registry's wire says: a header, or a query parameter. */
export function carriers(credential: CredentialDeclaration): CredentialCarriers {
  const wire = parseStaticWire(credential);
  return wire.in === "query"
    ? { queryParams: [wire.param] }
    : { headers: [wire.header.toLowerCase()] };
}

/**
 * The default target: `<client>({ auth: <auth>.<builder>(secret) })` against `<fakeServer>()`, reading
 * with the probe operation. It has no create (the registry names no POST with a body to send).
 */
export function registryDefaultApiTarget(
  parts: DefaultParts,
  options: { name?: string; secret?: string } = {},
): ApiTarget {
  const { entry, credential } = parts;
  const probe = entry.probe;
  return {
    name: options.name ?? entry.name,
    managed: false,
    creates: false,
    async start(context) {
      const fake = await parts.startFake({ clock: context.serverClock });
      const secret = options.secret ?? parts.secret;
      context.secret(`${entry.name} ${credential.builder}`, secret);
      // Static credentials only: every request is an API call.
      const wire = context.wireLog(() => "api", carriers(credential));
      const client = parts.createClient({
        auth: parts.auth(secret),
        baseUrl: fake.url,
        ...context.clientOptions(wire, entry.name),
      });
      const call = client.op[probe];
      if (!call) throw new Error(`${entry.package}'s client has no operation "${probe}" (probe)`);
      return {
        clock: context.clock,
        wire,
        accessTokenMs: undefined,
        get: () => context.settle(() => call()),
        injectApi: (fault, method, times) =>
          fake.faults.inject({
            ...(fault.kind === "unauthorized" ? { kind: "expired-token" } : fault),
            method,
            operationId: probe,
            times,
          }),
        // A revoked key: the provider's own 401 for every request from now on.
        invalidateCredentials: () =>
          fake.faults.inject({ kind: "expired-token", times: Number.POSITIVE_INFINITY }),
        close: () => fake.close(),
      };
    },
  };
}
