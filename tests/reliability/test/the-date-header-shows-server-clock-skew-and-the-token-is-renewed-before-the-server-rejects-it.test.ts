// Server clock skew, detected from the Date header: once an answer has shown the server's clock
// ahead, a token the server already holds expired is renewed before use, so no request is sent
// with it and no 401 is provoked.
import { describe, expect, it } from "vitest";
import { skewTargets, stageSkew } from "../src/api/skewed-session.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

describe.each(skewTargets)("$name", (target) => {
  it("after a Date header 85% of a lifetime ahead, the next call renews first and sends no doomed request", async (context) => {
    tally(context, { faults: 1 });
    const session = await target.start();
    try {
      await stageSkew(session);
      const skew = (session.lastServerDate() ?? 0) - session.clientClock.now();
      expect(skew, "the last Date header showed the server ahead").toBeGreaterThan(0);
      expect(await session.get()).toEqual({ ok: true, status: 200 });
      expect(session.wire.tokenRequests()).toBe(1);
      expect(
        apiOutcomes(session.wire),
        "API answers (a 401 means a doomed token was sent)",
      ).toEqual([200]);
    } finally {
      await session.close();
    }
  });
});
