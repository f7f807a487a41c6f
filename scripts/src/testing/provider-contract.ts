// The behaviours every provider shares, as one suite each provider package runs under the same test names (#14 item 5).
import { readdir, readFile } from "node:fs/promises";
import { ApiError, type Clock, NetworkError, ResponseParseError } from "@provider-clients/auth";
import {
  type FakeProviderConfig,
  type FakeServer,
  type WalkOptions,
  walkOperations,
} from "@provider-clients/auth/testing";
import { afterEach, describe, expect, it, vi } from "vitest";

/** The one call the contract makes: an idempotent authenticated read, as the provider's typed client does it. */
export interface ContractClient {
  read(): Promise<{ response: Response }>;
}

/** Options for the contract's client: a managed session (tokens from the fake) unless `apiKey`. */
export interface ContractClientOptions {
  clock?: Clock;
  throwOnError?: boolean;
  retry?: false;
}

/** What a README example test gets: run an example file, start a fake. */
export interface ExampleTools<S extends FakeServer> {
  /** Imports the example with `env` set and returns the lines it printed (`query` makes a fresh import). */
  run(file: string, env?: Record<string, string>, query?: string): Promise<string[]>;
  /** Starts the provider's fake; the suite closes it afterwards. */
  start(): Promise<S>;
}

/** A provider's part: its fake, its client, and a check for each README example. */
export interface ProviderContract<S extends FakeServer> {
  provider: string;
  /** The package folder, e.g. `new URL("../", import.meta.url)`. */
  packageRoot: URL;
  config: FakeProviderConfig;
  start(options?: { clock?: Clock }): Promise<S>;
  /** Headers with a valid static credential (for the operation walk). */
  credentialHeaders: Record<string, string>;
  /**
   * Inputs the walk cannot guess (the account every path names, a real code, a line item in the
   * state one action starts from); it may put the fake in those states first.
   */
  walkInputs?(fake: S): Promise<Pick<WalkOptions, "values" | "bodies" | "params">>;
  /**
   * "static" when the provider's tokens never expire and no grant can fetch another (DNSimple):
   * there is no session to replay or share, so the two session tests are not registered and a
   * refused token reaches the caller at once. Default "managed".
   */
  session?: "managed" | "static";
  /** A client on `fake`: its session gets tokens from the fake's token endpoint (a static one holds a valid token). */
  client(fake: S, options: ContractClientOptions): ContractClient;
  /** The read's operationId, for faults. */
  readOperationId: string;
  /** One check per example file (every file in examples/ needs one). */
  examples: Record<string, (tools: ExampleTools<S>) => Promise<void>>;
}

/** Registers the contract's tests under `describe("provider contract")`: the same names in every package. */
export function describeProviderContract<S extends FakeServer>(
  contract: ProviderContract<S>,
): void {
  const running: S[] = [];
  const start = async (options?: { clock?: Clock }) => {
    const fake = await contract.start(options);
    running.push(fake);
    return fake;
  };
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await Promise.all(running.splice(0).map((fake) => fake.close()));
  });

  const managed = (contract.session ?? "managed") === "managed";
  describe("provider contract", () => {
    // A static-token provider has no session to replay or share: these two do not apply to it.
    if (managed) {
      it("a 401 gets one replay with a fresh token", async () => {
        const fake = await start();
        const client = contract.client(fake, {});
        expect((await client.read()).response.status).toBe(200);
        fake.tokens.revokeAllAccessTokens();
        expect((await client.read()).response.status).toBe(200);
        expect(fake.tokens.counts().requests).toBe(2);
        expect(fake.requests({ route: "api" }).map((r) => r.status)).toEqual([200, 401, 200]);
      });

      it("concurrent calls share one token request (single flight under load)", async () => {
        const fake = await start();
        const client = contract.client(fake, {});
        const answers = await Promise.all(Array.from({ length: 50 }, () => client.read()));
        expect(answers.every((a) => a.response.status === 200)).toBe(true);
        expect(fake.tokens.counts().requests).toBe(1);
      });
    }

    it("the fake's answers match the spec: one call per operation, a declared success (2xx, or an authorize page's redirect) with a schema-valid body", async () => {
      const fake = await start();
      const results = await walkOperations(contract.config, fake, {
        headers: contract.credentialHeaders,
        ...(await contract.walkInputs?.(fake)),
      });
      expect(results).toHaveLength(Object.keys(contract.config.operations).length);
      // A redirect counts where the spec declares it (an authorize page's 302 is its only answer).
      const wrong = results.filter(
        (r) => !r.declared || r.mismatches.length > 0 || r.status >= 400,
      );
      expect(
        wrong.map((r) => `${r.method} ${r.path} ${r.status} ${r.mismatches.join(", ")}`),
      ).toEqual([]);
    });

    it("faults reach the caller as the documented errors", async () => {
      const fake = await start();
      const client = contract.client(fake, { throwOnError: true, retry: false });
      const operationId = contract.readOperationId;
      await client.read();
      const failure = async () =>
        client.read().then(
          () => undefined,
          (error: unknown) => error,
        );
      fake.faults.inject({ kind: "status", status: 503, operationId });
      expect(await failure()).toMatchObject({ constructor: ApiError, status: 503 });
      fake.faults.inject({ kind: "rate-limited", retryAfterSeconds: 1, operationId });
      expect(await failure()).toMatchObject({ constructor: ApiError, status: 429 });
      fake.faults.inject({ kind: "reset", operationId });
      expect(await failure()).toBeInstanceOf(NetworkError);
      fake.faults.inject({ kind: "invalid-json", operationId });
      expect(await failure()).toBeInstanceOf(ResponseParseError);
      fake.faults.inject({ kind: "html", operationId });
      expect(await failure()).toMatchObject({ constructor: ApiError, status: 502 });
      // A token refused twice: one replay with a fresh token (none for a static one), then the 401 reaches the caller.
      fake.faults.inject({ kind: "expired-token", operationId, times: 2 });
      expect(await failure()).toMatchObject({ constructor: ApiError, status: 401 });
      expect(fake.count({ operationId, status: 401 })).toBe(managed ? 2 : 1);
    });

    it("README examples are the example files, and they run", async () => {
      const root = contract.packageRoot;
      const readme = await readFile(new URL("README.md", root), "utf8");
      const blocks = new Map<string, string>();
      for (const match of readme.matchAll(
        /<!-- example: (examples\/[\w-]+\.ts) -->\n```ts\n([\s\S]*?)```/g,
      )) {
        blocks.set(match[1]!, match[2]!);
      }
      const files = (await readdir(new URL("examples/", root))).filter((f) => f.endsWith(".ts"));
      expect([...blocks.keys()].sort()).toEqual(files.map((f) => `examples/${f}`).sort());
      expect(Object.keys(contract.examples).sort()).toEqual([...blocks.keys()].sort());
      for (const [file, code] of blocks)
        expect(code, file).toBe(await readFile(new URL(file, root), "utf8"));
      const tools: ExampleTools<S> = {
        run: (file, env, query) => runExample(root, file, env, query),
        start: () => start(),
      };
      for (const check of Object.values(contract.examples)) {
        await check(tools);
        vi.unstubAllEnvs();
        vi.restoreAllMocks();
        await Promise.all(running.splice(0).map((fake) => fake.close()));
      }
    });
  });
}

/** Imports an example module in this process with `env` set and returns the lines it printed. */
export async function runExample(
  root: URL,
  file: string,
  env: Record<string, string> = {},
  query = "",
): Promise<string[]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  try {
    await import(new URL(file + query, root).href);
  } finally {
    vi.restoreAllMocks();
  }
  return lines;
}
