import { afterEach, expect, it } from "vitest";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("answers 401 with Dynu's Authentication Exception for no key, a wrong key and an unknown bearer token", async () => {
  server = await startFakeDynuServer();
  const refused: Record<string, string>[] = [
    {},
    { "API-Key": "wrong" },
    { authorization: "Bearer never-issued" },
  ];
  for (const headers of refused) {
    const response = await fetch(`${server.url}/dns`, { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      statusCode: 401,
      exception: { type: "Authentication Exception" },
    });
  }
  const accepted = await fetch(`${server.url}/dns`, {
    headers: { "API-Key": fakeDynuCredentials.apiKey },
  });
  expect(accepted.status).toBe(200);
  expect(server.requests({ route: "api" }).map((r) => [r.credential, r.status])).toEqual([
    ["none", 401],
    ["invalid", 401],
    ["invalid", 401],
    ["api-key", 200],
  ]);
});
