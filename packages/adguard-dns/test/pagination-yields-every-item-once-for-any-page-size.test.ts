import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adguardDnsAuth, paginateDevices, paginateQueryLog } from "../src/index.js";
import {
  fakeAdGuardDnsCredentials as creds,
  type FakeAdGuardDnsServer,
  startFakeAdGuardDnsServer,
} from "../src/testing/index.js";
import { clientFor } from "./support/fake.js";

let server: FakeAdGuardDnsServer;
beforeAll(async () => {
  server = await startFakeAdGuardDnsServer({ limits: { devices: 1000 } });
});
afterAll(() => server.close());

it("v2 device pages cover every device exactly once, newest first, for any count and limit", async () => {
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  const serverId = server.state.resources.dnsServerRows()[0]!.value.id;
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 1, max: 12 }),
      async (count, limit) => {
        for (const row of server.state.resources.deviceRows())
          server.state.resources.removeDevice(row.value.id);
        const ids = Array.from(
          { length: count },
          (_, i) =>
            server.state.resources.addDevice({
              name: `d${i}`,
              device_type: "MAC",
              dns_server_id: serverId,
            }).id,
        );
        const seen: string[] = [];
        for await (const device of paginateDevices(adguard, { limit })) seen.push(device.id);
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
        server.state.resources.clearQueryLog();
        server.state.resources.addQueryLogEntries(
          offsets.map((offset, i) => ({
            category_type: "OTHERS" as const,
            company_id: "c",
            device_id: "d",
            dns_server_id: "s",
            dnssec: false,
            domain: `n${i}.example`,
            filtering_info: {},
            time_iso: new Date(base + offset * 1000).toISOString(),
            time_millis: base + offset * 1000,
          })),
        );
        const inRange = offsets.filter((offset) => offset <= 25).length;
        const seen: string[] = [];
        for await (const entry of paginateQueryLog(adguard, {
          time_from_millis: base,
          time_to_millis: base + 25_000,
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
