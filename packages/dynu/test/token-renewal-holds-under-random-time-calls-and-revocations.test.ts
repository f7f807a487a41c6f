import { createFakeClock, type FakeClock } from "@provider-clients/auth/testing";
import fc from "fast-check";
import { expect, it } from "vitest";
import { createDynuClient, type DynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

const hour = 60 * 60_000;
// An 8-hour token is renewed in its last 5 minutes (10% of its life, capped at 5 minutes).
const margin = 5 * 60_000;

interface Model {
  /** When the current token expires, or undefined when the client holds none that works. */
  expiresAt: number | undefined;
  revoked: boolean;
  tokenRequests: number;
}
interface Real {
  clock: FakeClock;
  server: FakeDynuServer;
  dynu: DynuClient;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    await real.clock.advance(this.ms);
  }
  toString = () => `advance(${this.ms})`;
}

class Calls implements fc.AsyncCommand<Model, Real> {
  constructor(readonly count: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const now = real.clock.now();
    const expired = model.expiresAt === undefined || now >= model.expiresAt - margin;
    const before = refusals(real);
    const results = await Promise.all(
      Array.from({ length: this.count }, () => real.dynu.GET("/dns")),
    );
    expect(results.map((r) => r.response.status)).toEqual(results.map(() => 200));
    const refused = refusals(real) - before;
    if (expired) {
      // Renewed before sending: nothing goes out with an expired token.
      expect(refused).toBe(0);
    } else if (model.revoked) {
      // Sent with the token Dynu revoked: refused, then replayed once each with one new token.
      expect(refused).toBeGreaterThanOrEqual(1);
      expect(refused).toBeLessThanOrEqual(this.count);
    } else {
      expect(refused).toBe(0);
    }
    if (expired || model.revoked) {
      model.tokenRequests += 1;
      model.expiresAt = real.clock.now() + 8 * hour;
      model.revoked = false;
    }
    expect(real.server.tokens.counts().requests).toBe(model.tokenRequests);
  }
  toString = () => `calls(${this.count})`;
}

// How many API requests the fake has refused with 401 so far.
const refusals = (real: Real) =>
  real.server.requests({ route: "api" }).filter((r) => r.status === 401).length;

class RevokeAtDynu implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.expiresAt !== undefined;
  async run(model: Model, real: Real) {
    real.server.tokens.revokeAllAccessTokens();
    model.revoked = true;
  }
  toString = () => "revokeAtDynu";
}

it("makes one token request per expiry or revocation and answers every call, whatever the order", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.commands(
        [
          fc.integer({ min: 0, max: 9 * hour }).map((ms) => new Advance(ms)),
          fc.constantFrom(3 * hour, 8 * hour - margin, 8 * hour).map((ms) => new Advance(ms)),
          fc.integer({ min: 1, max: 8 }).map((n) => new Calls(n)),
          fc.constant(new RevokeAtDynu()),
        ],
        { maxCommands: 25 },
      ),
      async (commands) => {
        const clock = createFakeClock();
        const server = await startFakeDynuServer({ clock });
        const dynu = createDynuClient({
          auth: dynuAuth.clientCredentials(fakeDynuCredentials),
          baseUrl: server.url,
          clock,
        });
        try {
          await fc.asyncModelRun(
            () => ({
              model: { expiresAt: undefined, revoked: false, tokenRequests: 0 },
              real: { clock, server, dynu },
            }),
            commands,
          );
        } finally {
          await server.close();
        }
      },
    ),
    { numRuns: 30 },
  );
});
