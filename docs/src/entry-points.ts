// Every public entry of every package, read from its `exports` map: what TypeDoc documents.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./site-paths.js";

/** One import specifier (e.g. `@provider-clients/auth/file-store`) and its built declaration file. */
export interface EntryPoint {
  specifier: string;
  packageName: string;
  /** The `types` path inside the package, e.g. `dist/testing/index.d.ts`. */
  typesPath: string;
  declarationFile: string;
}

type ExportTarget = string | { types?: string; default?: string } | null;

/** Lists the entries of every package under `packages/`, in package then export order. */
export async function packageEntryPoints(root = repoRoot): Promise<EntryPoint[]> {
  const packagesDir = path.join(root, "packages");
  const entries: EntryPoint[] = [];
  for (const dir of (await readdir(packagesDir)).sort()) {
    const manifest = JSON.parse(
      await readFile(path.join(packagesDir, dir, "package.json"), "utf8"),
    );
    const exportsMap = (manifest.exports ?? {}) as Record<string, ExportTarget>;
    for (const [subpath, target] of Object.entries(exportsMap)) {
      const types = typeof target === "object" && target !== null ? target.types : undefined;
      if (types === undefined) continue; // ./package.json and other non-code entries
      entries.push({
        specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        packageName: manifest.name,
        typesPath: path.posix.normalize(types),
        declarationFile: path.join(packagesDir, dir, types),
      });
    }
  }
  return entries;
}
