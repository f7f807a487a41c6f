import { afterEach, describe, expect, it } from "vitest";
import { createFakeClock, type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

const quota = {
  limit: 2,
  windowSeconds: 60,
  headers: (q: { limit: number; remaining: number; resetAt: number }) => ({
    "x-limit": String(q.limit),
    "x-remaining": String(q.remaining),
    "x-reset": String(q.resetAt),
  }),
};
const start = Date.UTC(2024, 0, 1);
let fake: FakeServer | undefined;
afterEach(() => fake?.close());

const call = (path: string, headers: Record<string, string> = withKey) =>
  fetch(`${fake?.url}${path}`, { headers });

describe("a fake's quota", () => {
  it("counts each credential in windows of the clock, on every answer, and refuses the rest", async () => {
    const clock = createFakeClock(start);
    fake = await startFakeServer({ ...kitConfig, quota }, { clock });
    const first = await call("/widgets");
    expect(first.headers.get("x-remaining")).toBe("1");
    expect(first.headers.get("x-reset")).toBe(String(start / 1000 + 60));
    expect((await call("/nowhere")).headers.get("x-remaining")).toBe("0");
    const refused = await call("/widgets");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ kind: "rate-limited" });
    // Another credential has a window of its own; the clock opens a new one.
    const other = { authorization: `Bearer ${fake.tokens.issue("ada").accessToken}` };
    expect((await call("/widgets", other)).headers.get("x-remaining")).toBe("1");
    await clock.advance(60_000);
    expect((await call("/widgets")).status).toBe(200);
  });

  it("makes a rate-limited fault say when through its headers instead of Retry-After", async () => {
    fake = await startFakeServer({ ...kitConfig, quota }, { clock: createFakeClock(start) });
    fake.faults.inject({ kind: "rate-limited", retryAfterSeconds: 30 });
    const limited = await call("/widgets");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    expect(limited.headers.get("x-remaining")).toBe("0");
    expect(limited.headers.get("x-reset")).toBe(String(start / 1000 + 30));
  });
});
