// Bundles entry points for the browser with esbuild, in memory, from the built packages.
import { build, type Message, type Plugin } from "esbuild";

/** What one esbuild run produced: output files by name, or the errors it reported. */
export interface BrowserBundle {
  files: Map<string, string>;
  errors: Message[];
}

/** An entry given as source text instead of a file (resolved from the bundle's `resolveDir`). */
export interface SourceEntry {
  contents: string;
}

/** Bundles `entries` (name -> module path, specifier or source) as browser ESM, minified, never throwing. */
export async function bundleForBrowser(
  entries: Record<string, string | SourceEntry>,
  options: { resolveDir: string; external?: string[] },
): Promise<BrowserBundle> {
  const points = Object.entries(entries).map(([out, input]) => ({
    out,
    in: typeof input === "string" ? input : `source-entry:${out}`,
  }));
  try {
    const result = await build({
      entryPoints: points,
      absWorkingDir: options.resolveDir,
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      minify: true,
      write: false,
      outdir: "out",
      logLevel: "silent",
      external: options.external ?? [],
      plugins: [sourceEntries(entries, options.resolveDir)],
    });
    const files = new Map(
      result.outputFiles.map((file) => [
        file.path.slice(file.path.lastIndexOf("/") + 1),
        file.text,
      ]),
    );
    return { files, errors: [] };
  } catch (error) {
    return { files: new Map(), errors: (error as { errors?: Message[] }).errors ?? [] };
  }
}

// Serves the source entries under `source-entry:<name>`.
function sourceEntries(entries: Record<string, string | SourceEntry>, resolveDir: string): Plugin {
  return {
    name: "source-entries",
    setup(plugin) {
      plugin.onResolve({ filter: /^source-entry:/ }, (args) => ({
        path: args.path.slice("source-entry:".length),
        namespace: "source-entry",
      }));
      plugin.onLoad({ filter: /.*/, namespace: "source-entry" }, (args) => {
        const entry = entries[args.path];
        return typeof entry === "object"
          ? { contents: entry.contents, loader: "ts", resolveDir }
          : null;
      });
    },
  };
}
