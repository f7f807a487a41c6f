import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, expect, it } from "vitest";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

it("answers GET /oauth2/token with OAuth JSON whose bearer token works for 8 hours of fake time", async () => {
  const clock = createFakeClock();
  server = await startFakeDynuServer({ clock });
  const { clientId, clientSecret } = fakeDynuCredentials;
  const response = await fetch(`${server.url}/oauth2/token`, {
    headers: { authorization: basic(clientId, clientSecret), accept: "application/json" },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ token_type: "bearer", expires_in: 28_800, roles: ["user"] });
  expect(typeof body.access_token).toBe("string");
  const auth = { authorization: `Bearer ${String(body.access_token)}` };

  expect((await fetch(`${server.url}/dns`, { headers: auth })).status).toBe(200);
  await clock.advance(8 * 3600_000 - 1);
  expect((await fetch(`${server.url}/dns`, { headers: auth })).status).toBe(200);
  await clock.advance(1);
  const expired = await fetch(`${server.url}/dns`, { headers: auth });
  expect(expired.status).toBe(401);
  expect(await expired.json()).toEqual({
    statusCode: 401,
    exception: {
      statusCode: 401,
      type: "Authentication Exception",
      message: "Authentication failed.",
    },
  });
  expect(server.tokens.counts().requests).toBe(1);
  expect(server.tokens.counts().issued).toBe(1);
});

it("refuses a wrong client secret, an unknown client and a missing header with 401 invalid_client", async () => {
  server = await startFakeDynuServer();
  const { clientId, clientSecret } = fakeDynuCredentials;
  const attempts: Record<string, string>[] = [
    { authorization: basic(clientId, `${clientSecret}x`) },
    { authorization: basic("someone-else", clientSecret) },
    {},
  ];
  for (const headers of attempts) {
    const response = await fetch(`${server.url}/oauth2/token`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  }
  expect(server.tokens.counts().requests).toBe(3);
  expect(server.tokens.counts().issued).toBe(0);
});
