// The server's clock runs ahead of the client's: the token it holds expired is replaced after one
// 401 (one token request, one replay); nothing loops and the caller gets the data.
import { describe, expect, it } from "vitest";
import { skewTargets, stageSkew } from "../src/api/skewed-session.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

describe.each(skewTargets)("$name", (target) => {
  it("a token expired on the server's clock only: one 401, one token request, one replay, 200", async (context) => {
    tally(context, { faults: 1 });
    const session = await target.start();
    try {
      await stageSkew(session);
      expect(await session.get()).toEqual({ ok: true, status: 200 });
      expect(session.wire.tokenRequests()).toBe(1);
      // [200] once the engine reads the Date header; one 401 and one replay until then.
      expect([[401, 200], [200]]).toContainEqual(apiOutcomes(session.wire));
      expect(session.wire.apiWithoutCredential()).toBe(0);
    } finally {
      await session.close();
    }
  });
});
