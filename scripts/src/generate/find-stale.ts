// Compares committed generated files with a fresh in-memory render.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { renderProvider } from "./render-provider.js";
import { generatedDir, providers, repoRoot, specPath } from "./repo-paths.js";
import { readDir } from "./write-dir-atomically.js";

/** Lists stale, missing or extra generated files for every provider that has a spec. */
export async function findStale(root = repoRoot): Promise<string[]> {
  const problems: string[] = [];
  for (const provider of providers) {
    if (!existsSync(specPath(provider, root))) continue;
    const dir = generatedDir(provider, root);
    const expected = await renderProvider(provider, root);
    const actual = await readDir(dir);
    const where = (name: string) => relative(root, `${dir}/${name}`);
    for (const [name, content] of expected) {
      if (!actual.has(name)) problems.push(`${where(name)}: missing`);
      else if (actual.get(name) !== content) problems.push(`${where(name)}: stale`);
    }
    for (const name of actual.keys()) {
      if (!expected.has(name)) problems.push(`${where(name)}: not generated from the spec`);
    }
  }
  return problems;
}
