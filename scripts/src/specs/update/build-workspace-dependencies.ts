// Builds the workspace packages a provider package imports when their type declarations are missing,
// so a fresh clone can run specs:update without a full `pnpm build` first.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
}

/** Builds each `workspace:` runtime dependency of packages/<provider> whose declared types are absent; returns their names. */
export async function buildMissingWorkspaceDependencies(
  provider: string,
  root: string,
): Promise<string[]> {
  const packagesDir = path.join(root, "packages");
  const own = await readPackageJson(path.join(packagesDir, provider));
  const wanted = Object.entries(own.dependencies ?? {})
    .filter(([, range]) => range.startsWith("workspace:"))
    .map(([name]) => name);
  const built: string[] = [];
  for (const folder of await readdir(packagesDir)) {
    const dir = path.join(packagesDir, folder);
    if (!existsSync(path.join(dir, "package.json"))) continue;
    const manifest = await readPackageJson(dir);
    if (!manifest.name || !wanted.includes(manifest.name)) continue;
    const types = mainTypesFile(manifest);
    if (types && existsSync(path.join(dir, types))) continue;
    await exec(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
      cwd: dir,
    }).catch((error: { stdout?: string; message: string }) => {
      throw new Error(
        `building ${manifest.name} failed: ${(error.stdout || error.message).trim()}`,
      );
    });
    built.push(manifest.name);
  }
  return built;
}

async function readPackageJson(dir: string): Promise<PackageJson> {
  return JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as PackageJson;
}

/** The `types` file of the package's "." export, if it declares one. */
function mainTypesFile(manifest: PackageJson): string | undefined {
  const main = manifest.exports?.["."];
  if (main && typeof main === "object" && "types" in main && typeof main.types === "string")
    return main.types;
  return undefined;
}
