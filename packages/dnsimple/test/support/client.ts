// Test helper: a client for the fake server's seeded account token.
import type { Clock } from "@provider-clients/auth";
import { createDnsimpleClient, type DnsimpleClient, dnsimpleAuth } from "../../src/index.js";
import type { FakeDnsimpleServer } from "../../src/testing/index.js";

/** A client on `server` with its seeded token; options pass through. */
export function clientFor(
  server: FakeDnsimpleServer,
  options: { throwOnError?: boolean; clock?: Clock; retry?: false | { retries?: number } } = {},
): DnsimpleClient {
  return createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(server.accessToken),
    baseUrl: server.url,
    ...options,
  });
}
