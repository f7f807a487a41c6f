// `pnpm check:generated`: exits 1 when any committed generated file differs from a fresh render.
import { findStale } from "./generate/find-stale.js";
import { repoRoot } from "./generate/repo-paths.js";
import { syncDerivedFiles } from "./providers/derived-files.js";
import { registry } from "./providers/registry.js";

const problems = await findStale();
if (problems.length > 0) {
  console.error("Generated files are out of date; run `pnpm generate` and commit the result:");
  for (const p of problems) console.error(`  ${p}`);
  process.exitCode = 1;
}
const derived = await syncDerivedFiles(registry, repoRoot, false);
if (derived.length > 0) {
  console.error(
    "Files derived from the provider registry are out of date; run `pnpm providers:sync`:",
  );
  for (const file of derived) console.error(`  ${file}`);
  process.exitCode = 1;
}
if (!process.exitCode) console.log("generated files are up to date");
