import {
  createSession,
  type ManagedAuth,
  requestToken,
  tokenSetFromOAuth,
} from "@provider-clients/auth";
import { readRequestBody, sendJson, startTestServer } from "@provider-clients/auth/testing";
import { expect, it } from "vitest";
import { createRedisTokenStore } from "../src/index.js";
import { closeClients, openClients, uniquePrefix } from "./support/redis-context.js";

// Refresh-only adapter, as a provider package would write it.
const adapter: ManagedAuth = {
  kind: "managed",
  provider: "fake",
  account: "fleet",
  schemes: [],
  refresh: (ctx, refreshToken) =>
    requestToken({
      ctx,
      url: "/token",
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
      parse: (body) => tokenSetFromOAuth(body, ctx.clock),
    }),
};

it("two sessions sharing Redis: one spends the refresh token, the other adopts the result", async () => {
  let issued = 0;
  const valid = new Set(["rt-0"]);
  const spent: string[] = [];
  const server = await startTestServer(async (request, response) => {
    const form = new URLSearchParams(await readRequestBody(request));
    const presented = form.get("refresh_token") ?? "";
    // Slow answers widen the window in which both sessions want to refresh.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!valid.delete(presented)) return sendJson(response, 400, { error: "invalid_grant" });
    spent.push(presented);
    issued += 1;
    valid.add(`rt-${issued}`);
    sendJson(response, 200, {
      access_token: `at-${issued}`,
      expires_in: 3600,
      refresh_token: `rt-${issued}`,
    });
  });
  const clients = openClients(2);
  try {
    const prefix = uniquePrefix();
    const stores = clients.map((client) => createRedisTokenStore({ client, prefix }));
    await stores[0]!.set(
      { provider: "fake", account: "fleet" },
      { accessToken: "at-0", tokenType: "Bearer", issuedAt: 0, expiresAt: 1, refreshToken: "rt-0" },
    );
    const sessions = stores.map((store) =>
      createSession({ auth: adapter, baseUrl: server.url, store }),
    );
    const [a, b] = await Promise.all(sessions.map((session) => session.getToken()));
    expect(spent).toEqual(["rt-0"]);
    expect(a?.accessToken).toBe("at-1");
    expect(b?.accessToken).toBe("at-1");
    expect((await stores[1]!.get({ provider: "fake", account: "fleet" }))?.refreshToken).toBe(
      "rt-1",
    );
  } finally {
    await closeClients(clients);
    await server.close();
  }
});
