// Which calls carry the credential: decided by operation, from the spec path or from the sent URL.
import { needsCredential } from "../middleware/security.js";
import type { OperationMap } from "./types.js";

/** Answers "does this call get the credential?" for a call by spec path or for a built request. */
export interface RouteTable {
  /** For a call that named its operation by method and spec path. */
  byPath(method: string, path: string): boolean;
  /** For a request as it reaches fetch (after any middleware): by method and URL. */
  byRequest(request: Request): boolean;
}

/**
 * Operations whose security the credential does not satisfy (token endpoints, public calls) go
 * without it; everything else, unknown paths included, gets it. Requests are matched by URL only
 * for methods that have such an exception, so most requests cost one map lookup.
 */
export function routeTable(
  operations: OperationMap,
  schemes: readonly string[],
  baseUrl: string,
): RouteTable {
  const withoutCredential = new Map<string, Set<string>>();
  const parametricExceptions = new Set<string>();
  const templatesByMethod = new Map<string, Template[]>();
  for (const op of Object.values(operations)) {
    const method = op.method.toUpperCase();
    const needs = needsCredential(op.security, schemes);
    const templates = templatesByMethod.get(method) ?? [];
    templatesByMethod.set(method, [...templates, template(op.path, needs)]);
    if (needs) continue;
    if (op.path.includes("{")) parametricExceptions.add(method);
    withoutCredential.set(method, (withoutCredential.get(method) ?? new Set()).add(op.path));
  }
  for (const templates of templatesByMethod.values()) templates.sort(bySpecificity);
  const base = absoluteBase(baseUrl);

  return {
    byPath: (method, path) => !withoutCredential.get(method)?.has(path),
    byRequest(request) {
      const exceptions = withoutCredential.get(request.method);
      if (!exceptions) return true;
      const path = specPathOf(request.url, base);
      if (path === undefined) return true;
      // A literal path is the most specific match there is; only templates with parameters need a search.
      if (!parametricExceptions.has(request.method)) return !exceptions.has(path);
      // The most specific template that matches is the operation, as in any router.
      const match = templatesByMethod.get(request.method)?.find((t) => t.pattern.test(path));
      return match?.needs ?? true;
    },
  };
}

interface Template {
  pattern: RegExp;
  needs: boolean;
  params: number;
  literalLength: number;
}

/** `/dns/{id}` -> /^\/dns\/[^/]+$/, with what ranks it against other templates. */
function template(path: string, needs: boolean): Template {
  const parts = path.split(/\{[^}]+\}/);
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return {
    pattern: new RegExp(`^${escaped.join("[^/]+")}$`),
    needs,
    params: parts.length - 1,
    literalLength: parts.join("").length,
  };
}

// Literal paths first, then fewer parameters, then more literal text.
function bySpecificity(a: Template, b: Template): number {
  return a.params - b.params || b.literalLength - a.literalLength;
}

/** The path under `base` of `url`, without query or fragment; undefined when not under it. */
function specPathOf(url: string, base: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const rest = url.slice(base.length);
  if (rest !== "" && rest[0] !== "/" && rest[0] !== "?" && rest[0] !== "#") return undefined;
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
    // Unresolvable here: no request URL will start with it, so every request gets the credential.
    return baseUrl;
  }
}
