// `pnpm readme:providers [--check]`: rewrites the README tables built from the provider registry.
import { repoRoot } from "../generate/repo-paths.js";
import { syncReadmeTables } from "./readme-tables.js";
import { registry } from "./registry.js";

const check = process.argv.includes("--check");
const stale = await syncReadmeTables(registry, repoRoot, !check);
for (const file of stale) console.log(`${file}: ${check ? "out of date" : "rewritten"}`);
if (check && stale.length > 0) {
  console.error("README tables differ from specs/<name>/source.json: run `pnpm readme:providers`");
  process.exitCode = 1;
}
