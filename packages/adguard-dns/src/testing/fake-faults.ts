// Fault injection for the fake server: wrong statuses, resets, delays and broken bodies, per route.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Where a fault applies: a route group, or a method/path match on the API. */
export type FaultTarget =
  | "token"
  | "revoke"
  | "authorize"
  | "api"
  | "any"
  | { method?: string; path: string | RegExp };

/** What the server does instead of (or before) answering normally. */
export type FakeFault =
  /** Answer `status` with `body` (JSON when an object, text when a string, empty when absent). */
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** 429 with `Retry-After: <seconds>`. */
  | { kind: "rate-limit"; retryAfterSeconds: number }
  /** Destroy the connection without an answer. */
  | { kind: "reset" }
  /** Wait `ms` of real time, then answer normally. */
  | { kind: "delay"; ms: number }
  /** A JSON content type with a body that is not JSON. */
  | { kind: "invalid-json"; status?: number }
  /** An HTML error page, as a proxy in front of the API would send. */
  | { kind: "html"; status?: number };

interface Rule {
  target: FaultTarget;
  fault: FakeFault;
  remaining: number;
}

/** The fault registry a fake server consults on every request. */
export interface FakeFaults {
  /** Applies `fault` to the next `times` (default 1) matching requests; returns a remover. */
  inject(target: FaultTarget, fault: FakeFault, options?: { times?: number }): () => void;
  /** Removes every pending fault. */
  clear(): void;
  /** How many injected faults are still waiting to fire. */
  pending(): number;
}

/** Route group of a request path, used to match string targets. */
export type RouteGroup = "token" | "revoke" | "authorize" | "api";

/** Creates the registry plus `take`, which the server calls per request. */
export function createFaults(): FakeFaults & {
  take(group: RouteGroup, method: string, path: string): FakeFault | undefined;
} {
  const rules: Rule[] = [];
  const matches = (target: FaultTarget, group: RouteGroup, method: string, path: string) => {
    if (target === "any") return true;
    if (typeof target === "string") return target === group;
    if (target.method && target.method.toUpperCase() !== method) return false;
    return typeof target.path === "string" ? target.path === path : target.path.test(path);
  };
  return {
    inject(target, fault, options = {}) {
      const rule: Rule = { target, fault, remaining: Math.max(1, options.times ?? 1) };
      rules.push(rule);
      return () => {
        const index = rules.indexOf(rule);
        if (index >= 0) rules.splice(index, 1);
      };
    },
    clear() {
      rules.length = 0;
    },
    pending() {
      return rules.reduce((sum, rule) => sum + rule.remaining, 0);
    },
    take(group, method, path) {
      const rule = rules.find((r) => matches(r.target, group, method, path));
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(rules.indexOf(rule), 1);
      return rule.fault;
    },
  };
}

/**
 * Carries out a fault. Returns true when the request is finished (answered or reset), false
 * when normal handling should continue (after a delay).
 */
export async function applyFault(
  fault: FakeFault,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  switch (fault.kind) {
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return false;
    case "reset":
      request.socket.destroy();
      return true;
    case "rate-limit":
      response.writeHead(429, {
        "retry-after": String(fault.retryAfterSeconds),
        "content-length": "0",
      });
      response.end();
      return true;
    case "invalid-json":
      response.writeHead(fault.status ?? 200, { "content-type": "application/json" });
      response.end('{"access_token": "unterminated');
      return true;
    case "html":
      response.writeHead(fault.status ?? 502, { "content-type": "text/html" });
      response.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
      return true;
    case "status": {
      const { body } = fault;
      if (body === undefined) {
        response.writeHead(fault.status, { "content-length": "0", ...fault.headers });
        response.end();
      } else if (typeof body === "string") {
        response.writeHead(fault.status, { "content-type": "text/plain", ...fault.headers });
        response.end(body);
      } else {
        response.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        response.end(JSON.stringify(body));
      }
      return true;
    }
  }
}
