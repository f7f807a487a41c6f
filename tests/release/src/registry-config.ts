// npm/pnpm settings that point a folder at the local registry with a publish token.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalRegistry } from "./start-verdaccio.js";

/** Writes an `.npmrc` with the registry and its token into `dir`. */
export async function writeNpmrc(dir: string, registry: LocalRegistry): Promise<void> {
  const host = registry.url.replace(/^http:/, "");
  await writeFile(
    path.join(dir, ".npmrc"),
    `registry=${registry.url}\n${host}:_authToken=${registry.token}\naudit=false\nfund=false\nupdate-notifier=false\n`,
    { mode: 0o600 },
  );
}

/** Environment for npm, pnpm and changesets so every tool asks the local registry. */
export function registryEnv(registry: LocalRegistry): NodeJS.ProcessEnv {
  return {
    npm_config_registry: registry.url,
    pnpm_config_registry: registry.url,
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    CI: "true",
  };
}
