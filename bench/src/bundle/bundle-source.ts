// Bundles one consumer source with esbuild (ESM, browser, minified) and weighs the result.
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import type { BundleBytes } from "../results.js";

/** A bundle's sizes, its metafile and the `node:` modules it still imports. */
export interface Bundled extends BundleBytes {
  metafile: Metafile;
  nodeImports: string[];
}

/** Bundles `contents` as if it were a file in `resolveDir`; `node:` imports stay external. */
export async function bundleSource(contents: string, resolveDir: string): Promise<Bundled> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts", sourcefile: "consumer.ts" },
    absWorkingDir: resolveDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: ["node:*"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  const nodeImports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.path.startsWith("node:")).map((i) => i.path),
  );
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    metafile: result.metafile,
    nodeImports: [...new Set(nodeImports)].sort(),
  };
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
  /packages\/auth\/dist\/(session|token|stores|oauth)\/|\/errors\/(oauth|reauthentication|token-request)|\/middleware\/token-replay/;

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
