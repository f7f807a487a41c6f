// Bundles a package entry the way an app would ship it (esbuild --minify) and imports the result.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** The exports of `specifier` after bundling and minifying everything it imports. */
export async function importMinified(specifier: string): Promise<Record<string, unknown>> {
  const result = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(specifier)};`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const dir = await mkdtemp(join(tmpdir(), "minified-"));
  try {
    const file = join(dir, "bundle.mjs");
    await writeFile(file, result.outputFiles[0]?.text ?? "");
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Exported names whose value is a class extending Error. */
export function errorClassesOf(exports: Record<string, unknown>): Map<string, ErrorClass> {
  const found = new Map<string, ErrorClass>();
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === "function" && value.prototype instanceof Error) {
      found.set(name, value as ErrorClass);
    }
  }
  return found;
}

/** Any error class; constructor arguments differ per class. */
export type ErrorClass = new (...args: never[]) => Error;
