import { walkOperations } from "@provider-clients/auth/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import {
  dynuFakeConfig,
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer;
beforeAll(async () => {
  server = await startFakeDynuServer();
});
afterAll(() => server.close());

it("answers one call per operation with a 2xx the spec declares and a body its schema accepts", async () => {
  const results = await walkOperations(dynuFakeConfig, server, {
    headers: { "API-Key": fakeDynuCredentials.apiKey },
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
