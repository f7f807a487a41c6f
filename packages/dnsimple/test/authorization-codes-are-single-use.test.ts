import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DnsimpleOAuthError, dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
beforeAll(async () => {
  server = await startFakeDnsimpleServer({ rateLimit: { limit: 100_000 } });
});
afterAll(() => server.close());

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof DnsimpleOAuthError ? error.reason : String(error)),
  );

describe("authorization codes", () => {
  it("work once; a second exchange of the same code is invalid_grant", async () => {
    const options = await authorizedExchange(server);
    await dnsimpleAuth.exchangeCode(options);
    const error = await dnsimpleAuth.exchangeCode(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DnsimpleOAuthError);
    expect(error).toMatchObject({ reason: "invalid_grant", status: 400, error: "invalid_grant" });
  });

  it("are spent by the first attempt that authenticates the client, right or wrong", async () => {
    const attempt = fc.record({
      wrongSecret: fc.boolean(),
      wrongRedirect: fc.boolean(),
      wrongState: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 4 }), async (attempts) => {
        const options = await authorizedExchange(server);
        let spent = false;
        for (const a of attempts) {
          const result = await outcome(
            dnsimpleAuth.exchangeCode({
              ...options,
              clientSecret: a.wrongSecret ? "not-the-secret" : options.clientSecret,
              redirectUri: a.wrongRedirect ? "https://other.example.test/cb" : options.redirectUri,
              // The redirect's state and the expected one agree; the fake checks it against the code.
              ...(a.wrongState ? { state: "other-state", expectedState: "other-state" } : {}),
            }),
          );
          // Model: a wrong secret never reaches the code; the first authenticated attempt spends it.
          const expected = a.wrongSecret
            ? "invalid_client"
            : spent || a.wrongRedirect || a.wrongState
              ? "invalid_grant"
              : "ok";
          if (!a.wrongSecret) spent = true;
          expect(result).toBe(expected);
        }
      }),
      { numRuns: 20 },
    );
  });
});
