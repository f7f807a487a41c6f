// Where the built bins live, and a fresh token file for each test.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The file of the bin `provider-clients-<provider>` its package.json declares, or undefined when it has none. */
export function declaredBin(provider: string): string | undefined {
  const manifest = join(repositoryRoot, "packages", provider, "package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> };
  const file = bin?.[`provider-clients-${provider}`];
  return file === undefined ? undefined : join(repositoryRoot, "packages", provider, file);
}

/** `node <bin>` of a provider package, as `npx @provider-clients/<provider>` runs it. */
export function binOf(provider: string): string[] {
  const bin = declaredBin(provider);
  if (!bin)
    throw new Error(
      `packages/${provider}/package.json declares no provider-clients-${provider} bin`,
    );
  return [process.execPath, bin];
}

/** The registry's command line for a provider whose package has no bin (what `pnpm fake` runs for it). */
export function defaultCliOf(provider: string): string[] {
  const script = join(repositoryRoot, "scripts", "src", "default-cli.ts");
  return [process.execPath, "--import", "tsx", script, provider];
}

/** A private temporary folder and the token file path inside it; `remove` deletes both. */
export async function tokenFile(): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "provider-clients-cli-"));
  return {
    path: join(dir, "config", "tokens.json"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
