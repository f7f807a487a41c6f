// The bench suite's contract: what a provider's `packages/<name>/suites/bench.ts` exports (program text only, nothing imported).

/** The small program the bundle-size scenario bundles for a provider: its usual credential, one call. */
export interface BundleConsumer {
  /**
   * Builder of the provider's auth object the consumer authenticates with, one of its registry
   * entry's credentials: a static one's bundle must carry no token-engine file.
   */
  credential: string;
  /** Import lines; import the flow on its own where the package exports it, as a bundle-conscious caller would. */
  imports: string;
  /** Expression that creates the client. */
  create: string;
  /** Expression making one call on `client`. */
  call: string;
}

/** What the type-check scenario checks for a provider: the same calls through our client and through bare openapi-fetch. */
export interface TypeCheckCalls {
  /** Import lines and the expression creating our client. */
  ours: { imports: string; create: string };
  /** Base URL and default headers of openapi-fetch's `createClient<paths>()` on the generated `paths`. */
  bare: { baseUrl: string; headers: Record<string, string> };
  /** Statements using `client` (an awaited call passed to `use(...)` each), identical in both consumers. */
  calls: string[];
}

/** A provider's `suites/bench.ts`: a part it leaves out gets the bench's registry-driven default. */
export interface BenchSuite {
  bundleConsumer?: BundleConsumer;
  typeCheckCalls?: TypeCheckCalls;
}
