import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adguardDnsAuth, paginateDevices, paginateQueryLog } from "../src/index.js";
import {
  createFakeClock,
  fakeAdGuardDnsCredentials as creds,
  type FakeAdGuardDnsServer,
  type FakeClock,
  startFakeAdGuardDnsServer,
} from "../src/testing/index.js";
import { clientFor } from "./support/fake.js";

let server: FakeAdGuardDnsServer<FakeClock>;
beforeAll(async () => {
  server = await startFakeAdGuardDnsServer({ clock: createFakeClock(Date.now()) });
});
afterAll(() => server.close());

// Each run pages through items of its own (a new profile, a new device id), so runs never mix.
let run = 0;

it("v2 device pages cover every device exactly once, newest first, for any count and limit", async () => {
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 1, max: 12 }),
      async (count, limit) => {
        const profile = server.seed("dns_servers", { name: `run ${++run}` }).id;
        const device = { device_type: "MAC", dns_server_id: profile } as const;
        const ids = Array.from(
          { length: count },
          (_, i) => server.seed("devices", { name: `d${i}`, ...device }).id,
        );
        const seen: string[] = [];
        for await (const device of paginateDevices(adguard, { limit, dns_servers: [profile] }))
          seen.push(device.id);
        expect(seen).toEqual(ids.reverse());
      },
    ),
    { numRuns: 20 },
  );
});

it("query-log pages cover every entry in range exactly once, even with equal timestamps", async () => {
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  const base = server.clock.now() - 100_000;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 45 }),
      fc.integer({ min: 1, max: 10 }),
      async (offsets, limit) => {
        const device = `run-${++run}`;
        offsets.forEach((offset, i) => {
          const time = base + offset * 1000;
          server.seed("query_log", {
            device_id: device,
            domain: `n${i}.example`,
            time_iso: new Date(time).toISOString(),
            time_millis: time,
          });
        });
        const inRange = offsets.filter((offset) => offset <= 25).length;
        const seen: string[] = [];
        for await (const entry of paginateQueryLog(adguard, {
          time_from_millis: base,
          time_to_millis: base + 25_000,
          devices: [device],
          limit,
        })) {
          seen.push(entry.domain);
        }
        expect(seen).toHaveLength(inRange);
        expect(new Set(seen).size).toBe(inRange);
      },
    ),
    { numRuns: 20 },
  );
});
