// A user's fresh npm project: install one package from the registry, compile and run a file.
import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./copy-workspace.js";
import { registryEnv, writeNpmrc } from "./registry-config.js";
import { runOk } from "./run.js";
import type { LocalRegistry } from "./start-verdaccio.js";

const tsc = path.join(repoRoot, "node_modules", ".bin", "tsc");

/** A fresh project with only `packageSpec` installed from the registry. */
export async function installAlone(registry: LocalRegistry, packageSpec: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pc-consumer-"));
  await writeFile(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, null, 2),
  );
  await writeNpmrc(dir, registry);
  await runOk("npm", ["install", packageSpec, "--no-audit", "--no-fund"], {
    cwd: dir,
    env: registryEnv(registry),
  });
  return dir;
}

/** Every package folder under node_modules, scoped ones as `@scope/name`. */
export async function installedPackages(dir: string): Promise<string[]> {
  const root = path.join(dir, "node_modules");
  const names: string[] = [];
  for (const entry of await readdir(root)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) {
      for (const inner of await readdir(path.join(root, entry))) names.push(`${entry}/${inner}`);
    } else names.push(entry);
  }
  return names.sort();
}

/** Writes each file (name -> source), type-checks and compiles them in one tsc run; returns each output path. */
export async function compileConsumer(
  dir: string,
  files: Record<string, string>,
): Promise<Record<string, string>> {
  for (const [name, source] of Object.entries(files)) await writeFile(path.join(dir, name), source);
  await writeFile(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: false,
        outDir: "out",
        lib: ["ES2023", "DOM", "DOM.Iterable", "ESNext.Disposable"],
        types: ["node"],
        typeRoots: [path.join(repoRoot, "node_modules", "@types")],
      },
      files: Object.keys(files),
    }),
  );
  await runOk(tsc, ["-p", "tsconfig.json"], { cwd: dir });
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, path.join(dir, "out", name.replace(/\.ts$/, ".js"))]),
  );
}

/** Bytes on disk under `dir`, the way a user sees node_modules grow. */
export async function sizeOf(dir: string): Promise<number> {
  const info = await stat(dir);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(dir)) total += await sizeOf(path.join(dir, entry));
  return total;
}
