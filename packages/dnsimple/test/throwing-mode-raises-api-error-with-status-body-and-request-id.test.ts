import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("throwOnError", () => {
  it("turns a 404 into ApiError with the status, DNSimple's body and the X-Request-Id", async () => {
    const client = clientFor(server, { throwOnError: true });
    const error = await client.op
      .getDomain({ params: { path: { account: server.account.id, domain: "absent.test" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.body).toEqual({ message: "Domain `absent.test` not found" });
    expect(apiError.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(apiError.message).toContain("dnsimple");
  });

  it("returns data directly on success", async () => {
    const client = clientFor(server, { throwOnError: true });
    const { data } = await client.op.whoami();
    expect(data?.data.account).toMatchObject({ id: server.account.id });
  });
});
