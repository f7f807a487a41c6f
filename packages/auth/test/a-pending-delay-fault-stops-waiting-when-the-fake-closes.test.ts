import { expect, it } from "vitest";
import { startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

const hour = 60 * 60_000;

it("close() ends a request held by an hour-long delay fault at once, as a dropped connection", async () => {
  const fake = await startFakeServer(kitConfig);
  fake.faults.inject({ kind: "delay", ms: hour });
  const pending = fetch(`${fake.url}/widgets`, { headers: withKey }).then(
    (response) => response.status,
    (error: unknown) => error,
  );
  // The fake has taken the fault: the request is held.
  await expect.poll(() => fake.faults.pending()).toBe(0);
  await fake.close();
  expect(await pending).toBeInstanceOf(TypeError);
  // The held request is finished and logged as dropped, not left waiting out its hour.
  await expect.poll(() => fake.requests({ status: 0 }).map((r) => r.fault)).toEqual(["delay"]);
});
