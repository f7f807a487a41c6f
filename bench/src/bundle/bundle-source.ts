// Bundles one consumer source with esbuild (ESM, browser, minified) and weighs the result.
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { decode, type SourceMapMappings } from "@jridgewell/sourcemap-codec";
import { build, type Metafile } from "esbuild";
import type { BundleBytes } from "../results.js";

/** A bundle's sizes, its metafile, the `node:` modules it still imports, and its code with its source map. */
export interface Bundled extends BundleBytes {
  metafile: Metafile;
  nodeImports: string[];
  code: string;
  /** The source map's `sources` (paths as esbuild wrote them) and decoded mappings. */
  sources: string[];
  mappings: SourceMapMappings;
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
    // An external map adds no comment to the code, so the bytes weighed are the bundle's own.
    sourcemap: "external",
    outfile: "bundle.js",
    logLevel: "silent",
  });
  const output = result.outputFiles.find((f) => f.path.endsWith(".js"));
  const map = result.outputFiles.find((f) => f.path.endsWith(".js.map"));
  if (!output || !map) throw new Error("esbuild produced no output");
  const { sources, mappings } = JSON.parse(map.text) as { sources: string[]; mappings: string };
  const nodeImports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => isNodeBuiltin(i.path)).map((i) => i.path),
  );
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    metafile: result.metafile,
    nodeImports: [...new Set(nodeImports)].sort(),
    code: output.text,
    sources,
    mappings: decode(mappings),
  };
}

/**
 * Gzipped bytes by origin, each the whole bundle gzipped minus the bundle without that origin's
 * code gzipped (its source map says which output characters came from where): what the origin
 * costs a user in gzipped bytes. The shares need not add up to the whole, as gzip matches
 * repeats across origins.
 */
export function gzippedBytesByOrigin(bundled: Bundled, provider: string): Record<string, number> {
  const lines = bundled.code.split("\n");
  const origins = bundled.sources.map((source) => originOf(source, provider));
  // For each output line, the origin of every character (code no mapping covers is "other").
  const owners = lines.map((line, i) => {
    const owner = new Array<string>(line.length).fill("other");
    const segments = bundled.mappings[i] ?? [];
    segments.forEach((segment, k) => {
      const end = segments[k + 1]?.[0] ?? line.length;
      const origin = segment.length > 1 ? (origins[segment[1]!] ?? "other") : "other";
      owner.fill(origin, segment[0], end);
    });
    return owner;
  });
  const whole = gzipSync(bundled.code, { level: 9 }).byteLength;
  const out: Record<string, number> = {};
  for (const origin of new Set(owners.flat())) {
    const rest = lines.map((line, i) => keepOthers(line, owners[i]!, origin)).join("\n");
    out[origin] = whole - gzipSync(rest, { level: 9 }).byteLength;
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

/** `line` without the characters `owner` gives to `origin` (by UTF-16 unit, as source-map columns count). */
function keepOthers(line: string, owner: readonly string[], origin: string): string {
  let kept = "";
  for (let c = 0; c < line.length; c++) if (owner[c] !== origin) kept += line[c];
  return kept;
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
