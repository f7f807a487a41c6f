import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("clears the session and store without any request, and the next call obtains a new token", async () => {
  server = await startFakeDynuServer();
  const sent: string[] = [];
  const countingFetch: typeof fetch = (input, init) => {
    sent.push(new Request(input, init).url);
    return fetch(input, init);
  };
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
    fetch: countingFetch,
  });
  await dynu.GET("/dns");
  expect(dynu.session.state().status).toBe("valid");
  const before = sent.length;

  await dynu.session.revoke();

  expect(sent.length).toBe(before);
  expect(dynu.session.state().status).toBe("empty");
  await dynu.GET("/dns");
  expect(server.tokens.counts().requests).toBe(2);
  expect(sent.slice(before)).toEqual([`${server.url}/oauth2/token`, `${server.url}/dns`]);
});

it("has nothing to revoke for an API key", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
    baseUrl: server.url,
  });
  await dynu.session.revoke();
  expect(dynu.session.state()).toEqual({ kind: "static", status: "static" });
  expect((await dynu.GET("/dns")).response.status).toBe(200);
});
