import { inspect } from "node:util";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

const password = "s3cret-Passw0rd-XYZ";
let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture({ users: [{ username: "alice", password }] });
});
afterEach(() => fx.close());

// Everything a user could print or log about an error, its causes included.
function surfaces(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    out.push(
      String(current),
      inspect(current, { depth: 10, showHidden: false }),
      JSON.stringify(current) ?? "",
    );
    if (current instanceof Error) {
      out.push(current.message, current.stack ?? "");
      current = current.cause;
    } else {
      current = undefined;
    }
  }
  return out;
}

function expectNoSecrets(error: unknown, secrets: readonly string[]): void {
  expect(error).toBeInstanceOf(Error);
  for (const text of surfaces(error)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

const fail = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );
const noRetry = { retries: 0 };

test("a rejected login leaks neither the password it sent", async () => {
  const client = fx.client({
    login: { username: "alice", password: `${password}-typo` },
    retry: noRetry,
  });
  expectNoSecrets(await fail(client.GET("/sample/v1/countries")), [password]);
});

test("token endpoint failures (5xx, HTML, invalid JSON, reset) leak no password", async () => {
  const faults = [
    { kind: "status", status: 503 },
    { kind: "html" },
    { kind: "invalid-json" },
    { kind: "reset" },
  ] as const;
  for (const fault of faults) {
    fx.server.faults.inject({ ...fault, path: "/auth/v1/token/password" });
    const client = fx.client({ login: { username: "alice", password }, retry: noRetry });
    expectNoSecrets(await fail(client.GET("/sample/v1/countries")), [password]);
  }
});

test("API failures in throwing mode and a failed refresh leak no token and no password", async () => {
  const client = fx.client({
    login: { username: "alice", password },
    throwOnError: true,
    retry: noRetry,
  });
  await client.GET("/sample/v1/countries");
  const live = fx.tokens[0]!;
  const secrets = [password, live.accessToken, live.refreshToken!];

  fx.server.faults.inject({
    kind: "expired-token",
    method: "GET",
    path: "/sample/v1/countries",
    times: 2,
  });
  expectNoSecrets(await fail(client.GET("/sample/v1/countries")), secrets);

  fx.server.faults.inject({ kind: "status", path: "/auth/v1/token/refresh", status: 500 });
  fx.server.faults.inject({ kind: "status", path: "/auth/v1/token/password", status: 500 });
  await fx.clock.advance(31 * 60_000);
  const later = fx.tokens.at(-1)!;
  expectNoSecrets(await fail(client.GET("/sample/v1/countries")), [
    ...secrets,
    later.accessToken,
    later.refreshToken!,
  ]);
});
