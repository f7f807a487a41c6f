import { expect, it } from "vitest";
import { retryingSend } from "../src/client/retrying-send.js";
import type { CallContext, Send } from "../src/client/send.js";
import type { Clock, RetryOptions } from "../src/types.js";

// A clock whose sleeps end at once: only the number of attempts matters here.
const instantClock: Clock = { now: () => 0, sleep: async () => {} };
const call: CallContext = { fetch: async () => new Response(null) };

/** How many attempts a GET that always gets 503 makes under `options`. */
async function attemptsWith(options: RetryOptions): Promise<number> {
  let attempts = 0;
  const alwaysUnavailable: Send = async () => {
    attempts++;
    return new Response(null, { status: 503 });
  };
  const response = await retryingSend(
    alwaysUnavailable,
    options,
    instantClock,
  )(new Request("https://api.example.com/items"), call);
  expect(response.status).toBe(503);
  return attempts;
}

it("takes the default for a field given as undefined, and counts a negative one as 0", async () => {
  expect(await attemptsWith({})).toBe(3);
  expect(await attemptsWith({ retries: undefined })).toBe(3);
  expect(await attemptsWith({ retries: 1 })).toBe(2);
  expect(await attemptsWith({ retries: -1 })).toBe(1);
});
