// Publishes the third-party runtime dependencies from the local pnpm store, so installs stay offline.
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./copy-workspace.js";
import { registryEnv, writeNpmrc } from "./registry-config.js";
import { runOk } from "./run.js";
import type { LocalRegistry } from "./start-verdaccio.js";

/** The packages a provider package pulls in besides our own. */
export const thirdPartyRuntime = ["openapi-fetch@0.17.0", "openapi-typescript-helpers@0.1.0"];

/** Copies each package out of node_modules/.pnpm and publishes it to the registry. */
export async function seedThirdParty(registry: LocalRegistry): Promise<void> {
  const store = path.join(repoRoot, "node_modules", ".pnpm");
  const entries = await readdir(store);
  for (const spec of thirdPartyRuntime) {
    const name = spec.slice(0, spec.lastIndexOf("@"));
    const folder = entries.find((e) => e === spec.replace("/", "+"));
    if (!folder) throw new Error(`${spec} is not in the pnpm store; run pnpm install`);
    const work = await mkdtemp(path.join(tmpdir(), "pc-seed-"));
    await cp(path.join(store, folder, "node_modules", name), path.join(work, "pkg"), {
      recursive: true,
    });
    await writeNpmrc(work, registry);
    await runOk(
      "npm",
      ["publish", "./pkg", "--ignore-scripts", "--userconfig", path.join(work, ".npmrc")],
      {
        cwd: work,
        env: registryEnv(registry),
      },
    );
  }
}
