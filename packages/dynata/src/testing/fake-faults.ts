// Faults a test can inject into the fake server, per route, for a number of requests.

/** What happens to a matching request instead of (or before) the normal answer. */
export type FakeFault =
  /** Answer with this status and the vendor's error body (or `body`, when given). */
  | { type: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** 429 with `Retry-After: <seconds>`. */
  | { type: "rateLimit"; retryAfterSeconds: number }
  /** Destroy the connection without answering. */
  | { type: "reset" }
  /** Wait `ms` of real time, then answer normally (a slow server, or a hang when long). */
  | { type: "delay"; ms: number }
  /** A 2xx whose body is not valid JSON. */
  | { type: "invalidJson"; status?: number }
  /** An HTML error page, as a proxy in front of the API would send. */
  | { type: "html"; status?: number }
  /** 401 with the vendor's body even though the token is valid. */
  | { type: "unauthorized" };

/** Which requests a fault applies to: `*`, a path (`/auth/v1/token/refresh`), `METHOD /path`, or a RegExp over `METHOD /path`. */
export type FaultRoute = string | RegExp;

interface Rule {
  route: FaultRoute;
  fault: FakeFault;
  remaining: number;
}

/** The fault switchboard of one fake server. */
export interface FakeFaults {
  /** Applies `fault` to the next `times` matching requests (default 1; Infinity for all). */
  inject(route: FaultRoute, fault: FakeFault, times?: number): void;
  /** Removes every pending fault. */
  clear(): void;
  /** How many injected faults are still waiting to fire. */
  pending(): number;
  /** Takes the fault for this request, if one matches (used by the server). */
  take(method: string, path: string): FakeFault | undefined;
}

/** Creates an empty switchboard. */
export function createFaults(): FakeFaults {
  let rules: Rule[] = [];
  const matches = (route: FaultRoute, method: string, path: string) => {
    const line = `${method} ${path}`;
    if (route instanceof RegExp) return route.test(line);
    if (route === "*") return true;
    return route.startsWith("/") ? route === path : route === line;
  };
  return {
    inject(route, fault, times = 1) {
      if (!(times > 0)) throw new RangeError("times must be positive");
      rules.push({ route, fault, remaining: times });
    },
    clear() {
      rules = [];
    },
    pending() {
      return rules.reduce((sum, rule) => sum + rule.remaining, 0);
    },
    take(method, path) {
      const rule = rules.find((r) => matches(r.route, method, path));
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules = rules.filter((r) => r !== rule);
      return rule.fault;
    },
  };
}
