// Maps a request's method and path (below the API root) to one of the fake server's routes.
import type { FakeDynuRoute } from "./fake-faults.js";

/** A matched route and its numeric path parameters. */
export interface RouteMatch {
  route: Exclude<FakeDynuRoute, "*">;
  params: Record<string, number>;
}

// Spec templates the fake implements; `{name}` segments are integer ids.
const templates = [
  "GET /oauth2/token",
  "GET /dns",
  "POST /dns",
  "GET /dns/{id}",
  "POST /dns/{id}",
  "DELETE /dns/{id}",
  "GET /dns/{id}/record",
  "POST /dns/{id}/record",
  "GET /dns/{id}/record/{dnsRecordId}",
  "POST /dns/{id}/record/{dnsRecordId}",
  "DELETE /dns/{id}/record/{dnsRecordId}",
] as const satisfies readonly Exclude<FakeDynuRoute, "*">[];

const compiled = templates.map((route) => {
  const [method, path] = route.split(" ") as [string, string];
  const names: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "(\\d{1,9})";
  });
  // Dynu's routes ignore case, so the fake does too.
  return { route, method, names, pattern: new RegExp(`^${source}/?$`, "i") };
});

/** The route for `method` and `path`, or undefined when the fake does not implement it. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  for (const candidate of compiled) {
    if (candidate.method !== method.toUpperCase()) continue;
    const found = candidate.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, number> = {};
    candidate.names.forEach((name, index) => {
      params[name] = Number(found[index + 1]);
    });
    return { route: candidate.route, params };
  }
  return undefined;
}

/** Whether some route serves `path` with another method (for a 405 rather than a 404). */
export function pathExists(path: string): boolean {
  return compiled.some((candidate) => candidate.pattern.test(path));
}
