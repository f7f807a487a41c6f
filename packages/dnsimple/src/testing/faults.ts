// Failures a test can inject into the fake server, per route and for a number of requests.
import type { IncomingMessage } from "node:http";

/** What the server does instead of answering normally. */
export type FaultKind =
  /** Answer with `status` and a JSON `body` (default `{ message }`) and extra `headers`. */
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the socket without answering. */
  | { kind: "reset" }
  /** Wait `ms` of real time, then answer normally (for timeout tests). */
  | { kind: "delay"; ms: number }
  /** Answer `status` (default 200) with a JSON content type and a body that is not JSON. */
  | { kind: "invalid-json"; status?: number }
  /** Answer `status` (default 502) with an HTML page, as a proxy in front of the API would. */
  | { kind: "html"; status?: number }
  /** Answer 429 with the rate-limit headers; `retryAfterSeconds` adds Retry-After. */
  | { kind: "rate-limited"; retryAfterSeconds?: number; resetInSeconds?: number };

/** Which requests a fault applies to and how many times. */
export interface FaultMatch {
  /** HTTP method; any when absent. */
  method?: string;
  /** Exact request path (e.g. `/v2/1/domains`) or a pattern; any when absent. */
  path?: string | RegExp;
  /** How many matching requests get the fault; default 1. */
  times?: number;
}

/** A fault as injected. */
export type Fault = FaultKind & FaultMatch;

/** The fault registry the fake server consults before routing. */
export interface FakeFaults {
  /** Queues `fault` for the requests it matches. */
  inject(fault: Fault): void;
  /** Drops every fault still waiting. */
  clear(): void;
  /** Faults still waiting to fire. */
  pending(): number;
  /** Takes the first fault matching the request, counting one use. */
  take(request: IncomingMessage, path: string): FaultKind | undefined;
}

/** Creates an empty registry. */
export function createFaults(): FakeFaults {
  const queue: { fault: Fault; left: number }[] = [];
  return {
    inject(fault) {
      queue.push({ fault, left: fault.times ?? 1 });
    },
    clear() {
      queue.length = 0;
    },
    pending: () => queue.reduce((sum, entry) => sum + entry.left, 0),
    take(request, path) {
      const index = queue.findIndex(({ fault }) => matches(fault, request.method ?? "GET", path));
      const entry = queue[index];
      if (!entry) return undefined;
      entry.left -= 1;
      if (entry.left <= 0) queue.splice(index, 1);
      return entry.fault;
    },
  };
}

function matches(fault: FaultMatch, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === "string" ? fault.path === path : fault.path.test(path);
}
