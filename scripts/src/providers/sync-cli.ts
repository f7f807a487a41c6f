// `pnpm providers:sync [--check]`: rewrites what the provider registry derives outside the providers' own folders.
import { repoRoot } from "../generate/repo-paths.js";
import { syncDerivedFiles } from "./derived-files.js";
import { registry } from "./registry.js";

const check = process.argv.includes("--check");
const stale = await syncDerivedFiles(registry, repoRoot, !check);
for (const file of stale) console.log(`${file}: ${check ? "out of date" : "rewritten"}`);
if (check && stale.length > 0) {
  console.error("files differ from specs/<name>/source.json: run `pnpm providers:sync`");
  process.exitCode = 1;
} else if (!check && stale.length > 0) {
  console.log("run `pnpm install` to link changed dependencies");
}
