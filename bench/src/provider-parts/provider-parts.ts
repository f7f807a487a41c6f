// Each registered provider's bench part: its own `packages/<name>/suites/bench.ts` where it has one, the registry-driven default otherwise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importSuiteFile, type ProviderEntry, registry } from "@provider-clients/scripts/providers";
import type {
  BenchSuite,
  BundleConsumer,
  TypeCheckCalls,
} from "@provider-clients/scripts/suites/bench";
import { repoRoot } from "../repo-paths.js";
import { defaultBundleConsumer, defaultTypeCheckCalls } from "./default-parts.js";
import { probePath } from "./probe-path.js";

/** Where a part came from. */
export type PartSource = "own file" | "registry default";

/** What the bundle-size and type-check scenarios measure for one provider. */
export interface ProviderBenchParts {
  provider: string;
  /** npm package name, e.g. `@provider-clients/dynu`. */
  packageName: string;
  bundleConsumer: BundleConsumer;
  /** Whether the consumer's credential is static by the registry (then its bundle must carry no token engine). */
  staticCredential: boolean;
  typeCheckCalls: TypeCheckCalls;
  from: { bundleConsumer: PartSource; typeCheckCalls: PartSource };
  /** Whether the package exports `./validate` (drift detection); a scaffolded package does not. */
  validateEntry: boolean;
}

/** The provider's parts; throws naming `packages/<name>/suites/bench.ts` when a part is neither there nor derivable. */
export async function benchPartsOf(entry: ProviderEntry): Promise<ProviderBenchParts> {
  const own = (await importSuiteFile<BenchSuite>(entry, "bench")) ?? {};
  const file = `packages/${entry.name}/suites/bench.ts`;
  const missing = (part: keyof BenchSuite) =>
    new Error(
      `${entry.name}: ${file} exports no ${part}, and the bench's default needs a static credential (specs/${entry.name}/source.json declares none)`,
    );
  const bundleConsumer = own.bundleConsumer ?? defaultBundleConsumer(entry);
  if (!bundleConsumer) throw missing("bundleConsumer");
  const credential = entry.credentials.find((c) => c.builder === bundleConsumer.credential);
  if (!credential)
    throw new Error(
      `${entry.name}: ${file}'s bundleConsumer authenticates with "${bundleConsumer.credential}", which specs/${entry.name}/source.json does not declare`,
    );
  const typeCheckCalls =
    own.typeCheckCalls ?? (await defaultTypeCheckCalls(entry, () => probePath(entry)));
  if (!typeCheckCalls) throw missing("typeCheckCalls");
  const source = (part: keyof BenchSuite): PartSource =>
    own[part] ? "own file" : "registry default";
  return {
    provider: entry.name,
    packageName: entry.package,
    bundleConsumer,
    staticCredential: credential.kind === "static",
    typeCheckCalls,
    from: { bundleConsumer: source("bundleConsumer"), typeCheckCalls: source("typeCheckCalls") },
    validateEntry: exportsValidate(entry.name),
  };
}

/** Every registered provider's parts, in registry order. */
export async function benchParts(): Promise<ProviderBenchParts[]> {
  const parts: ProviderBenchParts[] = [];
  for (const entry of registry) parts.push(await benchPartsOf(entry));
  return parts;
}

/** Whether `packages/<name>/package.json` exports a `./validate` entry. */
function exportsValidate(provider: string): boolean {
  const manifest = path.join(repoRoot, "packages", provider, "package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as { exports?: object };
  return exports !== undefined && "./validate" in exports;
}
