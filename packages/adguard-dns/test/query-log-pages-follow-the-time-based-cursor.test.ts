import { expect, it } from "vitest";
import { adguardDnsAuth, nextQueryLogCursor, paginateQueryLog } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, recordingFetch, seedQueryLog, startFake } from "./support/fake.js";

it("reads every entry in the time range, newest first, page after page", async () => {
  const server = await startFake();
  const now = server.clock.now();
  seedQueryLog(server, 45, { from: now - 45_000, to: now - 1_000 });
  seedQueryLog(server, 5, { from: now - 3_600_000, to: now - 3_000_000 });
  const recorder = recordingFetch();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey), { fetch: recorder.fetch });

  const times: number[] = [];
  for await (const entry of paginateQueryLog(adguard, {
    time_from_millis: now - 60_000,
    time_to_millis: now,
    limit: 10,
  })) {
    times.push(entry.time_millis);
  }
  expect(times).toHaveLength(45);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(recorder.seen).toHaveLength(5);
  // Every page repeats the time range; pages after the first carry the cursor the previous page gave.
  for (const request of recorder.seen) {
    expect(new URL(request.url).searchParams.get("time_to_millis")).toBe(String(now));
  }
  expect(new URL(recorder.seen[0]!.url).searchParams.has("cursor")).toBe(false);
  expect(new URL(recorder.seen[1]!.url).searchParams.get("cursor")).toMatch(/^[\w-]+$/);
});

it("new entries arriving at the head do not shift the pages already being read", async () => {
  const server = await startFake();
  const now = server.clock.now();
  seedQueryLog(server, 20, { from: now - 20_000, to: now - 1_000 });
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  const seen: number[] = [];
  for await (const entry of paginateQueryLog(adguard, {
    time_from_millis: now - 60_000,
    time_to_millis: now,
    limit: 5,
  })) {
    seen.push(entry.time_millis);
    if (seen.length === 5) seedQueryLog(server, 3, { from: now - 500, to: now - 100 });
  }
  expect(seen).toHaveLength(20);
  expect(new Set(seen).size).toBe(20);
});

it("the next cursor is the page numbered after the current one", () => {
  const pages = [
    { current: false, page_cursor: "a", page_number: 1 },
    { current: true, page_cursor: "b", page_number: 2 },
    { current: false, page_cursor: "c", page_number: 3 },
  ];
  expect(nextQueryLogCursor(pages, "b")).toBe("c");
  expect(nextQueryLogCursor(pages.slice(0, 2), "b")).toBeUndefined();
  expect(nextQueryLogCursor([], undefined)).toBeUndefined();
});
