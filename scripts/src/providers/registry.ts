// The provider registry: every `specs/<name>/source.json`, checked, in one list that scripts, tests,
// bench, demo and README tables read instead of writing the providers out themselves.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { providerSchema } from "./provider-schema.js";

export { type FakeSecret, fakeSecrets } from "./fake-secrets.js";
export { moduleExport } from "./module-export.js";
export {
  baseUrlVariable,
  exampleCredential,
  parseStaticWire,
  secretVariable,
} from "./static-wire.js";
export { importSuiteFile, type SuiteName, suiteFile } from "./suite-files.js";

/** How a client authenticates with one builder of `<p>Auth`. */
export interface CredentialDeclaration {
  /** The builder's name on the provider's auth object, e.g. `apiKey` for `dynuAuth.apiKey`. */
  builder: string;
  /** `static`: sent as given on every call; `managed`: tokens obtained and renewed by the auth engine. */
  kind: "static" | "managed";
  /** The security scheme of the spec the credential satisfies. */
  scheme: string;
  /** The header every API call carries, e.g. `Authorization: ApiKey <key>`. */
  wire: string;
  /** Managed credentials: the grant and how its token request is sent. */
  grant?: string;
}

/** One registered provider: where its spec comes from and what its package declares. */
export interface ProviderEntry {
  /** Folder name under `specs/` and `packages/`, e.g. `adguard-dns`. */
  name: string;
  /** Display name, e.g. `AdGuard DNS`. */
  title: string;
  /** npm package name. */
  package: string;
  /** One line for the README's package table. */
  summary: string;
  kind: "fetched" | "hand-written";
  /** Upstream document URLs, tried in order (none for a hand-written spec). */
  upstream: string[];
  /** Path of the vendor document this spec is adopted from, in the vendor documents folder (e.g. `dnsimple/openapi.yml`); its fixes are `specs/<name>/adopt-fixes.ts`. */
  vendorFile?: string;
  servers: string[];
  docs: string;
  license: string;
  /** The API root a client uses when given no `baseUrl`. */
  defaultBaseUrl: string;
  /**
   * Names of the package's client factory and auth object, of its `/testing` fake server starter and,
   * where it has one, of its `/testing` record of test secrets keyed by static credential builder
   * (what the suites' defaults authenticate with).
   */
  exports: { client: string; auth: string; fakeServer: string; fakeCredentials?: string };
  /** operationId of a GET without required parameters: a smoke call any credential may make. */
  probe: string;
  credentials: CredentialDeclaration[];
  /** How list operations page: `cursor`, `page` (page/per_page), `offset` (limit/offset) or `none`. */
  pagination: "cursor" | "page" | "offset" | "none";
  /** JSON pointer (into the spec) of the error body schema. */
  errors: string;
  /** `pnpm generate` writes the client factory and the auth object (static credentials only) into `src/generated/client.ts`. */
  generatedClient?: boolean;
  /** redocly rules relaxed for this provider's spec only, each with the reason its real API needs it. */
  lintExceptions?: Record<string, { severity: "off" | "warn"; reason: string }>;
}

/** What `specs/<name>/source.json` holds: the entry, with the name spelled out as `provider`. */
type SourceJson = Omit<ProviderEntry, "name"> & { provider: string };

/** Absolute path of the repository root. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile<SourceJson>(
  providerSchema,
);

/** Reads and checks every `specs/<name>/source.json` under `root`, sorted by name. */
export function readRegistry(root = repoRoot): ProviderEntry[] {
  const specs = path.join(root, "specs");
  const entries: ProviderEntry[] = [];
  for (const name of readdirSync(specs).sort()) {
    const file = path.join(specs, name, "source.json");
    if (!existsSync(file)) continue;
    const declared: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!validate(declared)) {
      const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
      throw new Error(`${path.relative(root, file)}: ${problems.join("; ")}`);
    }
    if (declared.provider !== name)
      throw new Error(
        `${path.relative(root, file)}: provider "${declared.provider}" is not its folder "${name}"`,
      );
    const { provider, ...facts } = declared;
    entries.push({ name, ...facts });
  }
  return entries;
}

/** The registered providers of this repository, sorted by name. */
export const registry: readonly ProviderEntry[] = readRegistry();

/** The registered providers' names, sorted. */
export const providerNames: readonly string[] = registry.map((entry) => entry.name);

/** The entry of a registered provider; throws naming the known ones otherwise. */
export function providerEntry(name: string): ProviderEntry {
  const entry = registry.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown provider "${name}" (known: ${providerNames.join(", ")})`);
  return entry;
}
