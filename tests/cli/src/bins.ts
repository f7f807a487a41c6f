// Where the built bins live, and a fresh token file for each test.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** `node <bin>` of a provider package, as `npx @provider-clients/<provider>` runs it. */
export function binOf(provider: string): string[] {
  return [process.execPath, join(repositoryRoot, "packages", provider, "dist", "cli.js")];
}

/** A private temporary folder and the token file path inside it; `remove` deletes both. */
export async function tokenFile(): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "provider-clients-cli-"));
  return {
    path: join(dir, "config", "tokens.json"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
