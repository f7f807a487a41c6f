// `pnpm fake <provider> [--port N]`: runs that provider package's bin with `fake` (built packages).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { providerNames } from "./providers/registry.js";

const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));

/** The built bin of a registered provider's package, as its package.json names it. */
function binOf(provider: string): string {
  const manifest = `${packagesDir}${provider}/package.json`;
  const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> }).bin;
  const file = bin?.[`provider-clients-${provider}`];
  if (!file) throw new Error(`${manifest} declares no provider-clients-${provider} bin`);
  return `${packagesDir}${provider}/${file}`;
}

const [provider, ...rest] = process.argv.slice(2);
if (provider === undefined || !providerNames.includes(provider)) {
  console.error(`Usage: pnpm fake <${providerNames.join("|")}> [--port N]`);
  process.exit(2);
}
const bin = binOf(provider);
if (!existsSync(bin)) {
  console.error(`${bin} is missing: run pnpm build first.`);
  process.exit(1);
}
// Its own process group: Ctrl-C reaches this process (often twice, through pnpm and tsx), and the
// fake gets exactly one signal from here, never a second one while it exits.
const child = spawn(process.execPath, [bin, "fake", ...rest], { stdio: "inherit", detached: true });
let forwarded = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!forwarded) child.kill(signal);
    forwarded = true;
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
