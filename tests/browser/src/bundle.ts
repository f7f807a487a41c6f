// Bundles entry points for the browser with esbuild, in memory, from the built packages.
import { build, type Message } from "esbuild";

/** What one esbuild run produced: output files by name, or the errors it reported. */
export interface BrowserBundle {
  files: Map<string, string>;
  errors: Message[];
}

/** Bundles `entries` (name -> module path or specifier) as browser ESM, minified, never throwing. */
export async function bundleForBrowser(
  entries: Record<string, string>,
  options: { resolveDir: string; external?: string[] },
): Promise<BrowserBundle> {
  const points = Object.entries(entries).map(([out, input]) => ({ out, in: input }));
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
