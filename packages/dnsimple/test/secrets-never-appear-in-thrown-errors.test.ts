import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

// Every way an error gets printed or serialised, down the cause chain.
function renderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    out.push(String(current), inspect(current, { depth: 10 }), JSON.stringify(current) ?? "");
    if (current instanceof Error) out.push(current.message, current.stack ?? "");
    current = current instanceof Error ? current.cause : undefined;
  }
  return out;
}

function expectClean(error: unknown, secrets: string[]) {
  expect(error).toBeInstanceOf(Error);
  for (const text of renderings(error)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

describe("thrown errors", () => {
  it("a rejected exchange shows neither the client secret nor the code", async () => {
    const options = await authorizedExchange(server);
    const secret = "sup3r-s3cret-client-value";
    const error = await dnsimpleAuth
      .exchangeCode({ ...options, clientSecret: secret })
      .catch((e: unknown) => e);
    expectClean(error, [secret, options.code]);
  });

  it("an exchange that cannot reach the server shows neither", async () => {
    const options = await authorizedExchange(server);
    server.faults.inject({ kind: "reset", path: "/v2/oauth/access_token" });
    const error = await dnsimpleAuth.exchangeCode(options).catch((e: unknown) => e);
    expectClean(error, [String(options.clientSecret), options.code]);
  });

  it("an API error in throwing mode does not show the access token", async () => {
    const client = clientFor(server, { throwOnError: true });
    server.tokens.revoke(server.accessToken);
    const error = await client.op.whoami().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expectClean(error, [server.accessToken]);
  });
});
