import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, startFake, tokenRequests } from "./support/fake.js";

it("a token the server dropped early is refreshed and the request (with its body) replayed once", async () => {
  const server = await startFake();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  );
  await adguard.op.getAccountLimits();
  server.tokens.revokeAllAccessTokens();

  const created = await adguard.op.createDNSServer({ body: { name: "Replayed" } });
  expect(created.response.status).toBe(200);
  expect(created.data?.name).toBe("Replayed");
  expect(apiRequests(server).map((r) => `${r.method} ${r.status}`)).toEqual([
    "GET 200",
    "POST 401",
    "POST 200",
  ]);
  expect(tokenRequests(server)).toEqual(["password:200", "refresh_token:200"]);
});

it("a second 401 goes back to the caller instead of looping", async () => {
  const server = await startFake();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  );
  await adguard.op.getAccountLimits();
  server.faults.inject({ operationId: "getAccountLimits", kind: "status", status: 401, times: 2 });
  const result = await adguard.op.getAccountLimits();
  expect(result.response.status).toBe(401);
  expect(grantCount(server)).toBe(2);
  expect(server.faults.pending()).toBe(0);
});
