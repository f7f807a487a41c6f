import { inspect } from "node:util";
import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import { type FakeDynuServer, startFakeDynuServer } from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

const clientSecret = "cs-8f1d2e7a9b0c4d3e";
const apiKey = "ak-5a6b7c8d9e0f1a2b";
const clientId = "client-under-test";

// Everything a user could see of an error: message, stack, the cause chain, JSON and inspect.
function visibleText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) parts.push(current.message, current.stack ?? "");
    parts.push(JSON.stringify(current) ?? "", inspect(current, { depth: 10 }), String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join("\n");
}

it("keeps the API key, client secret, Basic header and access tokens out of every failure", async () => {
  const clock = createFakeClock();
  server = await startFakeDynuServer({
    clock,
    apiKeys: [apiKey],
    clients: [{ clientId, clientSecret }],
  });
  const url = server.url;
  const managed = (secret: string, extra: object = {}) =>
    createDynuClient({
      auth: dynuAuth.clientCredentials({ clientId, clientSecret: secret }),
      baseUrl: url,
      clock,
      retry: false,
      ...extra,
    });
  const failures: unknown[] = [];
  const capture = async (run: () => Promise<unknown>) => {
    const outcome = await run().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome, "each scenario must fail").toBeInstanceOf(Error);
    failures.push(outcome);
  };

  // Wrong secret (its own near-miss must not leak either), then token endpoint faults.
  await capture(() => managed(`${clientSecret}-wrong`).GET("/dns"));
  for (const fault of [
    { kind: "status", status: 500 },
    { kind: "html" },
    { kind: "invalid-json" },
    { kind: "reset" },
  ] as const) {
    server.faults.inject({ ...fault, method: "GET", path: "/v2/oauth2/token" });
    await capture(() => managed(clientSecret).GET("/dns"));
  }
  // A valid session, then an API failure in throwing mode and a timeout while holding a token.
  const good = managed(clientSecret, { throwOnError: true, timeoutMs: 400 });
  await good.GET("/dns");
  server.faults.inject({ kind: "status", status: 500, method: "GET", path: "/dns" });
  await capture(() => good.GET("/dns"));
  server.faults.inject({ kind: "delay", ms: 2000, method: "GET", path: "/dns" });
  await capture(() => good.GET("/dns"));
  // A rejected API key in throwing mode.
  const keyed = createDynuClient({
    auth: dynuAuth.apiKey(`${apiKey}-revoked`),
    baseUrl: url,
    throwOnError: true,
  });
  await capture(() => keyed.GET("/dns"));
  // An empty secret from an async provider is refused without echoing anything.
  await capture(() => managed("").GET("/dns"));

  const secrets = [
    clientSecret,
    apiKey,
    Buffer.from(`${clientId}:${clientSecret}`).toString("base64"),
    ...server.tokens.accessTokens(),
  ];
  expect(server.tokens.counts().issued).toBeGreaterThan(0);
  expect(failures).toHaveLength(9);
  for (const failure of failures) {
    const text = visibleText(failure);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
});
