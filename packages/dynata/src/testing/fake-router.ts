// Matches `METHOD /path` against spec-style templates such as `/sample/v1/projects/{extProjectId}`.
import type { Reply } from "./fake-http.js";

/** What a handler gets for one request. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when empty); rejects with a 400 on malformed JSON. */
  json(): Promise<unknown>;
  /** The request path as received. */
  path: string;
  /** `http://127.0.0.1:<port>`, for links in answers. */
  origin: string;
  /** The username the access token belongs to (API routes only). */
  username: string;
}

/** One route: `auth` routes are public and use the auth error body; `api` routes need a bearer token. */
export interface Route {
  method: string;
  template: string;
  kind: "auth" | "api";
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

/** A matched route and its path parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Compiles the templates once; `match` prefers literal segments over parameters. */
export function createRouter(routes: readonly Route[]) {
  const compiled = routes.map((route) => {
    const names: string[] = [];
    const source = route.template
      .split("/")
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(param[1]!);
        return "([^/]+)";
      })
      .join("/");
    return { route, names, pattern: new RegExp(`^${source}$`), literal: names.length === 0 };
  });
  // Literal routes first, so /projects/report is not read as /projects/{extProjectId}/...
  compiled.sort((a, b) => a.names.length - b.names.length);
  return {
    /** The route for `method path`; `allowed` lists methods that exist for the path when none matches. */
    match(method: string, path: string): { found?: RouteMatch; allowed: string[] } {
      const allowed: string[] = [];
      for (const entry of compiled) {
        const hit = entry.pattern.exec(path);
        if (!hit) continue;
        if (entry.route.method !== method) {
          allowed.push(entry.route.method);
          continue;
        }
        const params: Record<string, string> = {};
        entry.names.forEach((name, i) => {
          params[name] = decodeURIComponent(hit[i + 1]!);
        });
        return { found: { route: entry.route, params }, allowed };
      }
      return { allowed };
    },
  };
}
