// Starts a fake AdGuard DNS server per test and builds clients that share its clock.

import type { Auth } from "@provider-clients/auth";
import { afterEach } from "vitest";
import { type AdGuardDnsClientOptions, createAdGuardDnsClient } from "../../src/index.js";
import {
  type FakeAdGuardDnsServer,
  type FakeAdGuardDnsServerOptions,
  startFakeAdGuardDnsServer,
} from "../../src/testing/index.js";

const running: FakeAdGuardDnsServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A fake server that is closed after the current test. */
export async function startFake(
  options: FakeAdGuardDnsServerOptions = {},
): Promise<FakeAdGuardDnsServer> {
  const server = await startFakeAdGuardDnsServer(options);
  running.push(server);
  return server;
}

/** A client pointed at `server`, on the server's fake clock. */
export function clientFor(
  server: FakeAdGuardDnsServer,
  auth: Auth,
  options: Partial<AdGuardDnsClientOptions> = {},
) {
  return createAdGuardDnsClient({ auth, baseUrl: server.url, clock: server.clock, ...options });
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
