// The release suite's contract for `packages/<name>/suites/release.ts`: a user's first program, copied
// alone into a fresh npm project where only the published package is installed, compiled with tsc and run.

/** The line a release consumer starts its output with once every check passed, e.g. `dynu ok: ...`. */
export function releaseOkLine(provider: string): string {
  return `${provider} ok`;
}

/** Module specifiers a consumer imports besides its own package, its subpaths and Node's built-ins. */
export function foreignImports(packageName: string, source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
  return specifiers.filter(
    (specifier) =>
      specifier !== packageName &&
      !specifier.startsWith(`${packageName}/`) &&
      !specifier.startsWith("node:"),
  );
}
