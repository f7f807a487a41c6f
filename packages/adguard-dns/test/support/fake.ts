// Starts a fake AdGuard DNS server per test on a fake clock and builds clients that share it.

import type { Auth } from "@provider-clients/auth";
import { afterEach } from "vitest";
import { type AdGuardDnsClientOptions, createAdGuardDnsClient } from "../../src/index.js";
import { adguardDnsRevokePath, adguardDnsTokenPath } from "../../src/provider.js";
import {
  createFakeClock,
  type FakeAdGuardDnsServer,
  type FakeAdGuardDnsServerOptions,
  type FakeClock,
  type FakeServer,
  startFakeAdGuardDnsServer,
} from "../../src/testing/index.js";

const running: FakeAdGuardDnsServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A fake server on a fake clock (unless one is given), closed after the current test. */
export async function startFake(
  options: FakeAdGuardDnsServerOptions<FakeClock> = {},
): Promise<FakeAdGuardDnsServer<FakeClock>> {
  const server = await startFakeAdGuardDnsServer({
    ...options,
    clock: options.clock ?? createFakeClock(Date.now()),
  });
  running.push(server);
  return server;
}

/** A client pointed at `server`, on the server's clock. */
export function clientFor(
  server: FakeAdGuardDnsServer<FakeClock>,
  auth: Auth,
  options: Partial<AdGuardDnsClientOptions> = {},
) {
  return createAdGuardDnsClient({ auth, baseUrl: server.url, clock: server.clock, ...options });
}

// Token endpoint requests that reached the endpoint (a fault's answer carries no grant).
const granted = (server: FakeServer) =>
  server.requests({ path: adguardDnsTokenPath }).filter((r) => r.grant !== undefined);

/** Token endpoint requests as `grant:status` (e.g. `password:200`, `refresh_token:401`). */
export function tokenRequests(server: FakeServer): string[] {
  return granted(server).map((r) => `${r.grant}:${r.status}`);
}

/** How many token requests of one grant (or of any) the endpoint answered. */
export function grantCount(server: FakeServer, grant?: string): number {
  return granted(server).filter((r) => grant === undefined || r.grant === grant).length;
}

/** Revoke requests the server answered. */
export function revocations(server: FakeServer): number {
  return server.count({ path: adguardDnsRevokePath });
}

/** API requests (token, revoke and authorize endpoints left out). */
export function apiRequests(server: FakeServer) {
  return server.requests().filter((r) => r.route === "api");
}

/** Adds `count` query-log entries over `[from, to]` (default: the last hour), every second one blocked. */
export function seedQueryLog(
  server: FakeServer,
  count: number,
  range: { from?: number; to?: number; device?: string } = {},
): void {
  const to = range.to ?? server.clock.now();
  const from = range.from ?? to - 60 * 60 * 1000;
  for (let i = 0; i < count; i++) {
    const time = from + (count <= 1 ? 0 : Math.floor(((to - from) * i) / (count - 1)));
    server.seed("query_log", {
      ...(range.device && { device_id: range.device }),
      domain: `host${i % 4}.example.org`,
      filtering_info: { filtering_status: i % 2 === 1 ? "REQUEST_BLOCKED" : "NONE" },
      time_iso: new Date(time).toISOString(),
      time_millis: time,
    });
  }
}

/** A fetch that records each request's method, URL, headers and body before sending it. */
export function recordingFetch() {
  const seen: { method: string; url: string; headers: Headers; body: string }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : "",
    });
    return fetch(request);
  };
  return { seen, fetch: fetchImpl };
}
