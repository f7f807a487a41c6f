// Bundles one consumer source with esbuild (ESM, browser, minified) and weighs the result.
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import type { BundleBytes } from "../results.js";

/** A bundle's sizes, its metafile and the `node:` modules it still imports. */
export interface Bundled extends BundleBytes {
  metafile: Metafile;
  nodeImports: string[];
}

/** Bundles `contents` as if it were a file in `resolveDir`; Node built-in imports stay external. */
export async function bundleSource(contents: string, resolveDir: string): Promise<Bundled> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts", sourcefile: "consumer.ts" },
    absWorkingDir: resolveDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Node's own modules stay imports (and are listed): the official DNSimple SDK requires
    // `https` and `buffer` for runtimes without fetch, which a browser bundle cannot carry.
    external: ["node:*", ...builtinModules],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  const nodeImports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => isNodeBuiltin(i.path)).map((i) => i.path),
  );
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    metafile: result.metafile,
    nodeImports: [...new Set(nodeImports)].sort(),
  };
}

/** Whether an import names one of Node's own modules (`node:fs`, `https`...). */
function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(specifier);
}

/** Minified bytes per origin: openapi-fetch, our auth runtime, the provider package and its generated code. */
export function bytesByOrigin(metafile: Metafile, provider: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const origin = originOf(input, provider);
      out[origin] = (out[origin] ?? 0) + bytesInOutput;
    }
  }
  return out;
}

/** Minified bytes per input file beyond openapi-fetch, largest first, paths from the repo root. */
export function bytesByFile(metafile: Metafile): Record<string, number> {
  const entries: [string, number][] = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (input.includes("openapi-fetch") || bytesInOutput === 0) continue;
      entries.push([input.replace(/^(\.\.\/)+/, ""), bytesInOutput]);
    }
  }
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1]));
}

// Token lifecycle code, as opposed to what every client runs per request.
const tokenEngine =
  /packages\/auth\/dist\/(session|token|stores|oauth)\/|\/errors\/(oauth-error|reauthentication|token-request)|\/middleware\/token-replay/;

/**
 * The token engine's files that made it into a bundle (by esbuild's metafile, bytes > 0): the
 * tree-shaking check for static-credential consumers, which must have none.
 */
export function tokenEngineFiles(metafile: Metafile): string[] {
  const files: string[] = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0 && tokenEngine.test(input)) files.push(input.replace(/^(\.\.\/)+/, ""));
    }
  }
  return files.sort();
}

/** Splits our auth package into its token engine and the per-request client runtime. */
function authPart(input: string): string {
  return tokenEngine.test(input)
    ? "@provider-clients/auth token engine"
    : "@provider-clients/auth client runtime";
}

// Classifies an esbuild input path by the package it came from.
function originOf(input: string, provider: string): string {
  if (input.includes("openapi-fetch")) return "openapi-fetch";
  if (input.includes("packages/auth/")) return authPart(input);
  if (input.includes(`packages/${provider}/dist/generated/`)) return `${provider} generated`;
  if (input.includes(`packages/${provider}/`)) return `${provider} package`;
  return "other";
}
