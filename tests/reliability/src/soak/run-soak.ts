// Soak run (a child process started with --expose-gc): 100,000 requests through one Dynata client
// whose access tokens live one second on the fake clock. Prints one JSON line with the results.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { createSteppingClock } from "../support/stepping-clock.js";

/** What the soak measured. */
export interface SoakResult {
  requests: number;
  batches: number;
  passwordLogins: number;
  refreshes: number;
  /** API requests whose bearer token the fake's token book did not accept. */
  rejected: number;
  failures: number;
  unhandledRejections: number;
  /** Process warnings emitted during the run (e.g. MaxListenersExceededWarning). */
  warnings: string[];
  heapStartBytes: number;
  heapEndBytes: number;
}

const total = Number(process.env.SOAK_REQUESTS ?? 100_000);
const batchSize = Number(process.env.SOAK_BATCH ?? 100);
// A tenth of the run warms up (JIT, connection pool) before the first heap reading.
const warmupBatches = Math.ceil(total / batchSize / 10);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

let unhandled = 0;
process.on("unhandledRejection", () => {
  unhandled += 1;
});
const warnings: string[] = [];
process.on("warning", (warning) => {
  warnings.push(`${warning.name}: ${warning.message}`);
});

// Several collections with event-loop turns between them, then the smallest reading. The fake's
// own books (request log, token records) keep a few hundred bytes per batch: well inside the margin.
async function settledHeap(): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 4; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
    least = Math.min(least, process.memoryUsage().heapUsed);
  }
  return least;
}

const clock = createSteppingClock();
// Declared before settledHeap runs; the fake is the first thing started.
const fake = await startFakeDynataServer({ clock, accessTokenTtlSeconds: 1 });
let apiRequests = 0;
let rejected = 0;
const page = JSON.stringify({ data: [], status: { message: "success", errors: [] } });

// Token requests go over the socket to the fake; API answers are made in process, but only for a
// bearer token the fake's own token book (on the same fake clock) accepts.
const soakFetch: typeof fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  if (new URL(request.url).pathname.startsWith("/auth/")) return fetch(input, init);
  apiRequests += 1;
  const bearer = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (bearer && fake.tokens.verify(bearer)) {
    return new Response(page, { status: 200, headers: { "content-type": "application/json" } });
  }
  rejected += 1;
  return new Response("{}", { status: 401, headers: { "content-type": "application/json" } });
};

const client = createDynataClient({
  auth: dynataAuth.password(fakeDynataUser),
  baseUrl: fake.url,
  fetch: soakFetch,
  clock,
  timeoutMs: Number(process.env.SOAK_TIMEOUT_MS ?? 30_000),
});

let failures = 0;
async function batch(): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: batchSize }, () => client.GET("/sample/v1/projects")),
  );
  for (const { response } of results) if (response.status !== 200) failures += 1;
  // Each batch outlives its token: the next one needs exactly one refresh.
  await clock.advance(1_000);
}

const batches = Math.ceil(total / batchSize);
for (let i = 0; i < warmupBatches; i++) await batch();
const heapStartBytes = await settledHeap();
for (let i = warmupBatches; i < batches; i++) await batch();
const heapEndBytes = await settledHeap();

await client.session[Symbol.asyncDispose]();
await fake.close();
const result: SoakResult = {
  requests: apiRequests,
  batches,
  passwordLogins: fake.count({ path: "/auth/v1/token/password" }),
  refreshes: fake.count({ path: "/auth/v1/token/refresh" }),
  rejected,
  failures,
  unhandledRejections: unhandled,
  warnings: [...new Set(warnings.map((w) => w.replace(/\d+/g, "N")))],
  heapStartBytes,
  heapEndBytes,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
