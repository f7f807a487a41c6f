// Fault injection for the fake server: the next N requests to a route misbehave on purpose.

/** Routes of the fake server, named by method and spec path; `*` matches any. */
export type FakeDynuRoute =
  | "GET /oauth2/token"
  | "GET /dns"
  | "POST /dns"
  | "GET /dns/{id}"
  | "POST /dns/{id}"
  | "DELETE /dns/{id}"
  | "GET /dns/{id}/record"
  | "POST /dns/{id}/record"
  | "GET /dns/{id}/record/{dnsRecordId}"
  | "POST /dns/{id}/record/{dnsRecordId}"
  | "DELETE /dns/{id}/record/{dnsRecordId}"
  | "*";

/** One way a request can go wrong. */
export type FakeFault =
  /** Answer `status` with `body` (JSON) instead of handling the request. */
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the connection without answering. */
  | { kind: "reset" }
  /** Wait `ms` of real time, then handle the request normally. */
  | { kind: "delay"; ms: number }
  /** Answer with a body that is not valid JSON, labelled as JSON. */
  | { kind: "invalid-json"; status?: number }
  /** Answer with an HTML error page, as a proxy in front of the API might. */
  | { kind: "html"; status?: number }
  /** Answer 429 (or 503) with `Retry-After: <seconds>`. */
  | { kind: "retry-after"; seconds: number; status?: 429 | 503 }
  /** Answer the API's own 401 even though the credential is valid. */
  | { kind: "unauthorized" };

/** Injects and consumes faults. */
export interface FakeFaults {
  /** Makes the next `times` (default 1, `Infinity` allowed) requests to `route` fail with `fault`. */
  inject(route: FakeDynuRoute, fault: FakeFault, options?: { times?: number }): void;
  /** Drops every fault not yet used. */
  clear(): void;
  /** How many fault uses are left (Infinity when one is permanent). */
  pending(): number;
  /** Takes the fault due for `route`, if any (the server calls this once per request). */
  take(route: FakeDynuRoute): FakeFault | undefined;
}

interface Rule {
  route: FakeDynuRoute;
  fault: FakeFault;
  left: number;
}

/** Creates an empty fault registry; rules apply in the order they were injected. */
export function createFakeFaults(): FakeFaults {
  let rules: Rule[] = [];
  return {
    inject(route, fault, options = {}) {
      const times = options.times ?? 1;
      if (!(times > 0)) throw new RangeError("fault times must be positive");
      rules.push({ route, fault, left: times });
    },
    clear() {
      rules = [];
    },
    pending() {
      return rules.reduce((sum, rule) => sum + rule.left, 0);
    },
    take(route) {
      const rule = rules.find((r) => r.route === route || r.route === "*");
      if (!rule) return undefined;
      rule.left -= 1;
      if (rule.left <= 0) rules = rules.filter((r) => r !== rule);
      return rule.fault;
    },
  };
}
