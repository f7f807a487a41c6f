// Finds a call's operation: its id and security by method and spec path, and the spec path a sent URL was built from.
import type { SecurityRequirements } from "../middleware/security.js";
import type { OperationMap } from "./types.js";

/** The generated operation table, indexed for the request path. */
export interface OperationIndex {
  /** The operation's security; undefined for no known operation. */
  securityOf(method: string, specPath: string): SecurityRequirements | undefined;
  /** The operationId at upper-case `method` and `specPath`; undefined for no known operation. */
  operationIdOf(method: string, specPath: string | undefined): string | undefined;
  /** The spec path of the operation a request's URL belongs to (the most specific match), if any. */
  specPathOf(request: Request): string | undefined;
  /** Whether a URL lies under the base URL (the only URLs the credential is sent to). */
  contains(url: string): boolean;
  /** Every operation as upper-case method and spec path. */
  readonly entries: readonly (readonly [method: string, specPath: string])[];
}

/** Indexes `operations` under `baseUrl` (relative ones resolve against the page, if any). */
export function operationIndex(operations: OperationMap, baseUrl: string): OperationIndex {
  // One map for every lookup by method and spec path (security, operationId), built once per client.
  const byKey = new Map<string, { id: string; security: SecurityRequirements }>();
  const literals = new Map<string, Set<string>>();
  const templates = new Map<string, Template[]>();
  const entries: [string, string][] = [];
  for (const [id, op] of Object.entries(operations)) {
    const method = op.method.toUpperCase();
    entries.push([method, op.path]);
    byKey.set(`${method} ${op.path}`, { id, security: op.security });
    if (op.path.includes("{")) {
      templates.set(method, [...(templates.get(method) ?? []), template(op.path)]);
    } else {
      literals.set(method, (literals.get(method) ?? new Set()).add(op.path));
    }
  }
  for (const list of templates.values()) list.sort(bySpecificity);
  const base = absoluteBase(baseUrl);

  return {
    entries,
    contains: (url) => isUnder(url, base),
    securityOf: (method, specPath) => byKey.get(`${method} ${specPath}`)?.security,
    operationIdOf: (method, specPath) => byKey.get(`${method} ${specPath}`)?.id,
    specPathOf(request) {
      const path = pathUnder(request.url, base);
      if (path === undefined) return undefined;
      // A literal path is the most specific match there is; only then are templates searched.
      if (literals.get(request.method)?.has(path)) return path;
      return templates.get(request.method)?.find((t) => t.pattern.test(path))?.path;
    },
  };
}

interface Template {
  path: string;
  pattern: RegExp;
  params: number;
  literalLength: number;
}

/** `/dns/{id}` -> /^\/dns\/[^/]+$/, with what ranks it against other templates. */
function template(path: string): Template {
  const parts = path.split(/\{[^}]+\}/);
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return {
    path,
    pattern: new RegExp(`^${escaped.join("[^/]+")}$`),
    params: parts.length - 1,
    literalLength: parts.join("").length,
  };
}

// Fewer parameters first, then more literal text, as in any router.
function bySpecificity(a: Template, b: Template): number {
  return a.params - b.params || b.literalLength - a.literalLength;
}

/** Whether `url` is `base` itself or continues it with a path, query or fragment (no slicing). */
function isUnder(url: string, base: string): boolean {
  if (!url.startsWith(base)) return false;
  const next = url[base.length];
  return next === undefined || next === "/" || next === "?" || next === "#";
}

/** The path under `base` of `url`, without query or fragment; undefined when not under it. */
function pathUnder(url: string, base: string): string | undefined {
  if (!isUnder(url, base)) return undefined;
  const rest = url.slice(base.length);
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  return path === "" ? "/" : path;
}

/** The base URL as request URLs spell it; a relative one resolves against the page, if any. */
function absoluteBase(baseUrl: string): string {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(baseUrl, page).href.replace(/\/+$/, "");
  } catch {
    // Unresolvable here: no request URL will start with it, so no request is matched to an operation.
    return baseUrl;
  }
}
