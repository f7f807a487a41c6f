import { walkOperations } from "@provider-clients/auth/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import {
  dnsimpleFakeConfig,
  type FakeDnsimpleServer,
  startFakeDnsimpleServer,
} from "../src/testing/index.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
beforeAll(async () => {
  server = await startFakeDnsimpleServer();
});
afterAll(() => server.close());

it("answers one call per operation with a 2xx the spec declares and a body its schema accepts", async () => {
  // Plausible inputs: the seeded account, a domain of it with its zone, a record that is not a system one, a real code.
  const account = server.account.id;
  const domain = String(server.seed("domains", { name: "walk.test" }, account).name);
  const record = server.seed("records", { name: "www", type: "A", content: "192.0.2.1" }, domain);
  const exchange = await authorizedExchange(server);
  const results = await walkOperations(dnsimpleFakeConfig(), server, {
    headers: { authorization: `Bearer ${server.accessToken}` },
    values: { account, domain, zone: domain, zonerecord: record.id },
    bodies: {
      oauthToken: {
        grant_type: "authorization_code",
        client_id: exchange.clientId,
        client_secret: exchange.clientSecret,
        code: exchange.code,
        redirect_uri: exchange.redirectUri,
        state: exchange.state,
      },
    },
  });
  expect(results).toHaveLength(Object.keys(operations).length);
  const wrong = results.filter((r) => !r.declared || r.mismatches.length > 0 || r.status >= 300);
  expect(wrong.map((r) => `${r.method} ${r.path} ${r.status} ${r.mismatches.join(", ")}`)).toEqual(
    [],
  );
  console.log(
    `operation walk: ${results.length - wrong.length}/${results.length} answered 2xx and schema-valid`,
  );
});
