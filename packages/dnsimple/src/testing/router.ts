// A tiny method + path-template router for the fake server.
import type { FakeTokenGrant } from "./fake-records.js";

/** A parsed request as route handlers see it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  rawBody: string;
}

/** What a handler answers. */
export interface FakeReply {
  status: number;
  /** Sent as JSON unless `html` or `location` is set; absent for 204. */
  body?: unknown;
  html?: string;
  /** A body sent verbatim with its content type (e.g. broken JSON from a fault). */
  raw?: { contentType: string; text: string };
  /** Redirect target (with status 302). */
  location?: string;
  headers?: Record<string, string>;
}

/** Handler arguments: the request, the path parameters and, for API routes, the caller. */
export interface RouteContext {
  request: FakeRequest;
  params: Record<string, string>;
  grant: FakeTokenGrant;
}

/** One route: `template` uses `{name}` segments, e.g. `/v2/{account}/domains/{domain}`. */
export interface Route {
  method: string;
  template: string;
  /** API routes need a bearer token; OAuth routes do not. */
  authenticated: boolean;
  handle(context: RouteContext): FakeReply | Promise<FakeReply>;
}

/** A route matched against a request path. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Builds a matcher over `routes`; reports whether the path exists for another method. */
export function createRouter(routes: readonly Route[]) {
  const compiled = routes.map((route) => ({ route, ...compile(route.template) }));
  return {
    match(method: string, path: string): RouteMatch | "method-not-allowed" | undefined {
      let pathKnown = false;
      for (const entry of compiled) {
        const found = entry.regex.exec(path);
        if (!found) continue;
        pathKnown = true;
        if (entry.route.method !== method.toUpperCase()) continue;
        const params: Record<string, string> = {};
        entry.names.forEach((name, index) => {
          params[name] = decodeURIComponent(found[index + 1] ?? "");
        });
        return { route: entry.route, params };
      }
      return pathKnown ? "method-not-allowed" : undefined;
    },
  };
}

function compile(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { regex: new RegExp(`^${source}/?$`), names };
}
