// `pnpm check:generated`: exits 1 when any committed generated file differs from a fresh render.
import { findStale } from "./generate/find-stale.js";

const problems = await findStale();
if (problems.length > 0) {
  console.error("Generated files are out of date; run `pnpm generate` and commit the result:");
  for (const p of problems) console.error(`  ${p}`);
  process.exitCode = 1;
} else {
  console.log("generated files are up to date");
}
