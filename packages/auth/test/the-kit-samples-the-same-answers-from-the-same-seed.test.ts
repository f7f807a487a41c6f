import { afterEach, expect, it } from "vitest";
import { createFakeClock, type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

const fakes: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

// One fake clock for all: the fixture stamps createdAt with the clock, and real time differs by server.
const clock = createFakeClock();

async function seeded(seed: number) {
  const fake = await startFakeServer(kitConfig, { seed, clock });
  fakes.push(fake);
  return fake.seed("widgets");
}

it("gives the same sampled item for the same seed, another for another seed, with realistic formats", async () => {
  const [a, b, c] = await Promise.all([seeded(1), seeded(1), seeded(2)]);
  expect(a).toEqual(b);
  expect(c).not.toEqual(a);
  expect(a.owner).toMatch(/^user\d+@example\.com$/);
  expect(["red", "green", "blue"]).toContain(a.color);
  expect(typeof a.name).toBe("string");
  const fake = fakes[0]!;
  const listed = await fetch(`${fake.url}/widgets`, { headers: withKey });
  expect(((await listed.json()) as { data: unknown[] }).data).toEqual([a]);
});
