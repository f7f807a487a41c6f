// Finds the operation a recorded request belongs to: by method and path, as a router would.

/** An operation table as generated (`operations.ts`): operationId -> method and spec path. */
export type OperationTable = Readonly<
  Record<string, { readonly method: string; readonly path: string }>
>;

/** The operation a request matched, with its path parameters. */
export interface MatchedOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly params: Record<string, string>;
}

/** The most specific operation of `method` whose template matches `path` (literal segments win). */
export function operationForPath(
  operations: OperationTable,
  method: string,
  path: string,
): MatchedOperation | undefined {
  const candidates = Object.entries(operations)
    .filter(([, op]) => op.method.toLowerCase() === method.toLowerCase())
    .map(([operationId, op]) => ({ operationId, ...op, names: paramNames(op.path) }))
    .sort(
      (a, b) => a.names.length - b.names.length || literalLength(b.path) - literalLength(a.path),
    );
  for (const candidate of candidates) {
    const match = patternOf(candidate.path).exec(path);
    if (!match) continue;
    const params = Object.fromEntries(
      candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]),
    );
    return {
      operationId: candidate.operationId,
      method: candidate.method,
      path: candidate.path,
      params,
    };
  }
  return undefined;
}

/** `/dns/{id}/record` -> `/dns/1/record`: a concrete path for a template, with every parameter "1". */
export function samplePath(template: string): { params: Record<string, string>; path: string } {
  const params = Object.fromEntries(paramNames(template).map((name) => [name, "1"]));
  return { params, path: template.replace(/\{[^}]+\}/g, "1") };
}

function paramNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, "").length;
}

function patternOf(template: string): RegExp {
  const parts = template.split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("([^/]+)")}$`, "i");
}
