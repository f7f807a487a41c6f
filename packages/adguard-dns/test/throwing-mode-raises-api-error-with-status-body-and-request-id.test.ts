import { expect, it } from "vitest";
import { ApiError, adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, startFake } from "./support/fake.js";

it("with throwOnError a 400 throws ApiError carrying the vendor's ErrorResponse and the request id", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey), { throwOnError: true });

  const failure = await adguard.op
    .createDevice({ body: { name: "x", device_type: "IOS", dns_server_id: "missing" } })
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ApiError);
  const apiError = failure as ApiError;
  expect(apiError.status).toBe(400);
  expect(apiError.body).toMatchObject({
    error_code: "FIELD_WRONG_VALUE",
    fields: [{ field: "dns_server_id", error_code: "FIELD_WRONG_VALUE" }],
  });
  expect(apiError.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(apiError.message).toContain("adguard-dns");

  const ok = await adguard.op.getAccountLimits();
  expect(ok.data?.devices.used).toBe(0);
});

it("without throwOnError the same answer comes back as { error, response }", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  const result = await adguard.op.getDevice({ params: { path: { device_id: "nothing" } } });
  expect(result.response.status).toBe(404);
  expect(result.data).toBeUndefined();
});
