// `pnpm generate` entry: regenerate one or more providers' clients from their specs.
import { relative } from "node:path";
import { SpecError } from "../openapi/load.js";
import { renderProvider } from "./render-provider.js";
import { asProvider, generatedDir, providers, repoRoot } from "./repo-paths.js";
import { writeDirAtomically } from "./write-dir-atomically.js";

/** Generates the given providers (all when none given); returns the process exit code. */
async function main(args: string[]): Promise<number> {
  const rootFlag = args.indexOf("--root");
  const root = rootFlag >= 0 ? (args[rootFlag + 1] ?? repoRoot) : repoRoot;
  const names = args.filter((a, i) => a !== "--root" && args[i - 1] !== "--root");
  let chosen: string[];
  try {
    chosen = names.length > 0 ? names.map(asProvider) : [...providers];
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    return 2;
  }
  for (const provider of chosen) {
    try {
      const files = await renderProvider(provider, root);
      const dir = generatedDir(provider, root);
      await writeDirAtomically(dir, files);
      console.log(`generated ${relative(root, dir)} (${files.size} files)`);
    } catch (error) {
      const reason = error instanceof SpecError ? error.message : String(error);
      console.error(`generate ${provider} failed, previous output kept: ${reason}`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
