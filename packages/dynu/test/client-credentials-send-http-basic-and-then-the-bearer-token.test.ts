import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("GETs /oauth2/token with Basic base64(id:secret), then calls the API with Authorization: Bearer", async () => {
  server = await startFakeDynuServer();
  const sent: Request[] = [];
  // Records what goes over the wire, then sends it for real.
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return fetch(request);
  };
  const { clientId, clientSecret } = fakeDynuCredentials;
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials({ clientId, clientSecret }),
    baseUrl: server.url,
    fetch: recordingFetch,
  });

  const { data } = await dynu.GET("/dns");
  expect(data?.domains).toEqual([]);

  expect(sent).toHaveLength(2);
  const [token, api] = sent as [Request, Request];
  expect(token.method).toBe("GET");
  expect(token.url).toBe(`${server.url}/oauth2/token`);
  expect(token.headers.get("authorization")).toBe(
    `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
  );
  expect(token.headers.get("accept")).toBe("application/json");
  expect(await token.text()).toBe("");

  const [issued] = server.tokens.accessTokens();
  expect(api.url).toBe(`${server.url}/dns`);
  expect(api.headers.get("authorization")).toBe(`Bearer ${issued}`);
  expect(api.headers.has("api-key")).toBe(false);
  expect(dynu.session.state()).toMatchObject({
    kind: "managed",
    status: "valid",
    hasRefreshToken: false,
  });
});
