import { expect, it } from "vitest";
import { adguardDnsAuth, TokenRequestError } from "../src/index.js";
import { adguardDnsTokenPath as path } from "../src/provider.js";
import { fakeAdGuardDnsCredentials as creds, type FakeClock } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, startFake } from "./support/fake.js";

// Advances the fake clock until `promise` settles; backoff delays are random and may be 0 ms.
async function settleOnFakeClock<T>(clock: FakeClock, promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) await clock.advance(100);
  return promise;
}

const login = () => adguardDnsAuth.password({ username: creds.username, password: creds.password });

it("503s and a reset connection are retried with backoff on the client's clock, then the login succeeds", async () => {
  const server = await startFake();
  server.faults.inject({ path, kind: "status", status: 503, times: 2 });
  server.faults.inject({ path, kind: "reset" });
  const adguard = clientFor(server, login(), {
    retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 },
  });
  const result = await settleOnFakeClock(server.clock, adguard.op.listDevices());
  expect(result.response.status).toBe(200);
  expect(server.faults.pending()).toBe(0);
  expect(grantCount(server, "password")).toBe(1);
});

it("a 429 waits exactly Retry-After before the next try", async () => {
  const server = await startFake();
  server.faults.inject({ path, kind: "rate-limited", retryAfterSeconds: 2 });
  const adguard = clientFor(server, login());
  let settled = false;
  const call = adguard.op.listDevices().finally(() => {
    settled = true;
  });
  await server.clock.untilSleeping();
  await server.clock.advance(1999);
  expect(settled).toBe(false);
  expect(grantCount(server)).toBe(0);
  await server.clock.advance(1);
  expect((await call).response.status).toBe(200);
});

it("an HTML error page that persists ends as TokenRequestError after the bounded retries", async () => {
  const server = await startFake();
  server.faults.inject({ path, kind: "html", status: 502, times: 5 });
  const adguard = clientFor(server, login(), {
    retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 10 },
  });
  const failure = await settleOnFakeClock(
    server.clock,
    adguard.op.listDevices().catch((error: unknown) => error),
  );
  expect(failure).toBeInstanceOf(TokenRequestError);
  expect(failure).toMatchObject({ code: "token_request_failed", status: 502, attempts: 2 });
  expect(server.faults.pending()).toBe(3);
  expect(apiRequests(server)).toHaveLength(0);
});

it("a 200 whose body is not JSON is reported as an unreadable token response, not retried", async () => {
  const server = await startFake();
  server.faults.inject({ path, kind: "invalid-json", times: 2 });
  const adguard = clientFor(server, login());
  const failure = await adguard.op.listDevices().catch((error: unknown) => error);
  expect(failure).toMatchObject({
    name: "TokenRequestError",
    code: "invalid_token_response",
    status: 200,
  });
  expect(server.faults.pending()).toBe(1);
});
