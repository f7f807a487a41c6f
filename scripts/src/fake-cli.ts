// `pnpm fake <provider> [--port N]`: runs that provider package's bin with `fake` (built packages).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));

/** Provider packages with a bin, by folder name, and the bin's file. */
function providerBins(): Map<string, string> {
  const bins = new Map<string, string>();
  for (const name of readdirSync(packagesDir).sort()) {
    const manifest = `${packagesDir}${name}/package.json`;
    if (!existsSync(manifest)) continue;
    const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> })
      .bin;
    const file = bin?.[`provider-clients-${name}`];
    if (file) bins.set(name, `${packagesDir}${name}/${file}`);
  }
  return bins;
}

const [provider, ...rest] = process.argv.slice(2);
const bins = providerBins();
const bin = provider === undefined ? undefined : bins.get(provider);
if (bin === undefined) {
  console.error(`Usage: pnpm fake <${[...bins.keys()].join("|")}> [--port N]`);
  process.exit(2);
}
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
