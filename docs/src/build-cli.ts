// `pnpm run docs`: builds the reference into docs/site and prints what it holds.
import path from "node:path";
import { buildSite } from "./build-site.js";
import { repoRoot } from "./site-paths.js";

try {
  const started = performance.now();
  const site = await buildSite();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `docs: ${path.relative(repoRoot, site.dir)}/index.html: ${site.pages} pages, ${site.operations} operations, ${site.links} links checked (${seconds} s)`,
  );
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
