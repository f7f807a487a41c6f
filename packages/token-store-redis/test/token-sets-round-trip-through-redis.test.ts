import { expect, it } from "vitest";
import { createRedisTokenStore } from "../src/index.js";
import { redisUrl, uniquePrefix } from "./support/redis-context.js";

it("get/set/delete keep accounts apart, and a store built from a url closes its own client", async () => {
  const store = createRedisTokenStore({ url: redisUrl(), prefix: uniquePrefix() });
  try {
    const a = { provider: "dynu", account: "a:b" };
    const b = { provider: "dynu:a", account: "b" };
    const set = {
      accessToken: "t",
      tokenType: "Bearer",
      issuedAt: 5,
      expiresAt: 10,
      extra: { id: 1 },
    };
    expect(await store.get(a)).toBeUndefined();
    await store.set(a, set);
    expect(await store.get(a)).toEqual(set);
    expect(await store.get(b)).toBeUndefined();
    await store.delete(a);
    expect(await store.get(a)).toBeUndefined();
  } finally {
    await store.close();
  }
  expect(() => createRedisTokenStore({})).toThrow("needs a client or a url");
});
