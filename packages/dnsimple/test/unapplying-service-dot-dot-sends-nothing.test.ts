import { afterEach, beforeEach, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

it.each(["..", "."])("unapply service %j is refused before anything is sent", async (service) => {
  const sent: string[] = [];
  const client = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(server.accessToken),
    baseUrl: server.url,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
  const account = server.account.id;
  await client.op.createDomain({ params: { path: { account } }, body: { name: "example.com" } });

  // `..` would send DELETE /v2/<account>/domains/example.com/ (the URL parser folds the dots).
  const error = await client.op
    .unapplyServiceFromDomain({ params: { path: { account, domain: "example.com", service } } })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "invalid_path_param" });
  expect(sent).toEqual([`POST /v2/${account}/domains`]);
  const domain = await client.op.getDomain({
    params: { path: { account, domain: "example.com" } },
  });
  expect(domain.response.status).toBe(200);
});
