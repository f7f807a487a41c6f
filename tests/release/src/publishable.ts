// The packages we publish: every folder under packages/ whose package.json is not private.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./copy-workspace.js";

/** A publishable package's folder name and npm name. */
export interface Publishable {
  folder: string;
  name: string;
}

/** Lists publishable packages in `root`'s packages/ folder. */
export function publishablePackages(root = repoRoot): Publishable[] {
  const dir = path.join(root, "packages");
  return readdirSync(dir)
    .sort()
    .map((folder) => ({
      folder,
      manifest: JSON.parse(readFileSync(path.join(dir, folder, "package.json"), "utf8")),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ folder, manifest }) => ({ folder, name: manifest.name as string }));
}
