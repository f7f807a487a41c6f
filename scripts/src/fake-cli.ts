// `pnpm fake <provider> [--port N]`: runs that provider package's bin with `fake` (built packages), or the
// registry's default command line for a package without a bin.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { providerNames } from "./providers/registry.js";

const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));
const defaultCli = fileURLToPath(new URL("./default-cli.ts", import.meta.url));

/** How to run a registered provider's command line: its package's built bin, else the registry's default (`default-cli.ts`). */
function commandOf(provider: string): string[] {
  const manifest = `${packagesDir}${provider}/package.json`;
  const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> }).bin;
  const file = bin?.[`provider-clients-${provider}`];
  if (!file) return ["--import", "tsx", defaultCli, provider];
  const built = `${packagesDir}${provider}/${file}`;
  if (!existsSync(built)) {
    console.error(`${built} is missing: run pnpm build first.`);
    process.exit(1);
  }
  return [built];
}

const [provider, ...rest] = process.argv.slice(2);
if (provider === undefined || !providerNames.includes(provider)) {
  console.error(`Usage: pnpm fake <${providerNames.join("|")}> [--port N]`);
  process.exit(2);
}
// Its own process group: Ctrl-C reaches this process (often twice, through pnpm and tsx), and the
// fake gets exactly one signal from here, never a second one while it exits.
const child = spawn(process.execPath, [...commandOf(provider), "fake", ...rest], {
  stdio: "inherit",
  detached: true,
});
let forwarded = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!forwarded) child.kill(signal);
    forwarded = true;
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
