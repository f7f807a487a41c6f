// Finds the shared folder of vendor documents (`<repo>/../shared/upstream-specs`) used as test input;
// each adopted provider's file in it is its registry entry's `vendorFile`.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** `UPSTREAM_SPECS_DIR` if set, else the first `shared/upstream-specs` found walking up from `start`; undefined if none. */
export function findUpstreamSpecsDir(
  start: string = HERE,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const fromEnv = env.UPSTREAM_SPECS_DIR;
  if (fromEnv) return isDirectory(fromEnv) ? resolve(fromEnv) : undefined;
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, "shared", "upstream-specs");
    if (isDirectory(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
