import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { queryKeyAuth } from "../src/credentials/query-key-auth.js";
import {
  type FakeProviderConfig,
  type FakeServer,
  startFakeServer,
  walkOperations,
} from "../src/testing/index.js";
import { kitConfig, kitOperations } from "./support/kit-fixture.js";

// The fixture provider, but its key travels as `?api_key=` instead of `Authorization: ApiKey`.
const { apiKey: _header, ...auth } = kitConfig.auth;
const seenQueries: Record<string, unknown>[] = [];
const config: FakeProviderConfig = {
  ...kitConfig,
  auth: { ...auth, queryKey: { param: "api_key" } },
  handlers: {
    ...kitConfig.handlers,
    health: (context) => {
      seenQueries.push({ ...context.request.query });
      return undefined;
    },
  },
};

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

it("answers with the key in the query, and refuses none, a wrong one or two with the provider's 401", async () => {
  fake = await startFakeServer(config);
  const widgets = `${fake.url}/widgets`;
  expect((await fetch(`${widgets}?api_key=key-1`)).status).toBe(200);
  const refused = await Promise.all(
    ["", "?api_key=nope", "?api_key=key-1&api_key=key-1"].map((q) => fetch(`${widgets}${q}`)),
  );
  expect(refused.map((r) => r.status)).toEqual([401, 401, 401]);
  expect(await refused[0]!.json()).toMatchObject({ kind: "unauthorized" });
  // The header form is not this provider's: it counts as no credential.
  expect((await fetch(widgets, { headers: { authorization: "ApiKey key-1" } })).status).toBe(401);
  expect(fake.requests({ route: "api" }).map((r) => r.credential)).toEqual([
    "api-key",
    "none",
    "invalid",
    "invalid",
    "none",
  ]);
});

it("takes the key out of the query before validators and handlers see it", async () => {
  fake = await startFakeServer(config);
  seenQueries.length = 0;
  expect((await fetch(`${fake.url}/health?api_key=key-1&verbose=1`)).status).toBe(200);
  expect(seenQueries).toEqual([{ verbose: "1" }]);
});

it("walks every operation with the key given as a query parameter", async () => {
  fake = await startFakeServer(config);
  const results = await walkOperations(config, fake, { headers: {}, query: { api_key: "key-1" } });
  expect(results.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
});

it("a client built with queryKeyAuth is accepted, and one with a wrong key gets 401", async () => {
  fake = await startFakeServer(config);
  const client = (key: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
    createProviderClient<any, typeof kitOperations>(
      { provider: "kit", defaultBaseUrl: fake!.url, operations: kitOperations },
      { auth: queryKeyAuth({ provider: "kit", key, param: "api_key", schemes: ["bearer"] }) },
    );
  expect((await client("key-1").op.listWidgets({})).response.status).toBe(200);
  expect((await client("wrong").op.listWidgets({})).response.status).toBe(401);
});
