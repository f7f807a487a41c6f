// The packages users install, found from packages/*/package.json: every one that is not private, with its entry points.
import { readdir, readFile } from "node:fs/promises";

/** Where the package folders live. */
export const packagesDir = new URL("../../../packages/", import.meta.url);

/** A published package: its folder under packages/, npm name, and the specifiers its `exports` map offers. */
export interface PublishedPackage {
  folder: string;
  name: string;
  /** `@provider-clients/dynu`, `@provider-clients/dynu/testing`, ... (`./package.json` left out). */
  entryPoints: string[];
}

/** Every non-private package under packages/, sorted by folder. */
export async function publishedPackages(): Promise<PublishedPackage[]> {
  const found: PublishedPackage[] = [];
  for (const folder of (await readdir(packagesDir)).sort()) {
    const manifest = JSON.parse(
      await readFile(new URL(`${folder}/package.json`, packagesDir), "utf8"),
    ) as { name: string; private?: boolean; exports?: Record<string, unknown> };
    if (manifest.private === true) continue;
    const subpaths = Object.keys(manifest.exports ?? { ".": "" }).filter(
      (subpath) => !subpath.endsWith(".json"),
    );
    const entryPoints = subpaths.map((subpath) =>
      subpath === "." ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, "")}`,
    );
    found.push({ folder, name: manifest.name, entryPoints });
  }
  return found;
}
