import { expect, it } from "vitest";
import { createRedisTokenStore } from "../src/index.js";
import { closeClients, openClients, uniquePrefix } from "./support/redis-context.js";

const key = { provider: "p", account: "a" };
const set = (refreshToken?: string) => ({
  accessToken: `at-${refreshToken}`,
  tokenType: "Bearer",
  issuedAt: 0,
  refreshToken,
});

it("of many writers on separate connections expecting the same token, exactly one wins", async () => {
  const clients = openClients(8);
  try {
    const prefix = uniquePrefix();
    const stores = clients.map((client) => createRedisTokenStore({ client, prefix }));
    expect(await stores[0]!.compareAndSet(key, "missing", set("r0"))).toBe(false);
    expect(await stores[0]!.compareAndSet(key, undefined, set("r1"))).toBe(true);
    expect(await stores[0]!.compareAndSet(key, undefined, set("r1b"))).toBe(false);

    const results = await Promise.all(
      stores.flatMap((store, i) =>
        Array.from({ length: 5 }, (_, j) => store.compareAndSet(key, "r1", set(`r2-${i}-${j}`))),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = (await stores[3]!.get(key))?.refreshToken;
    expect(winner).toMatch(/^r2-/);
    expect(await stores[1]!.compareAndSet(key, winner, set(undefined))).toBe(true);
    // No refresh token stored: undefined is the matching expectation.
    expect(await stores[2]!.compareAndSet(key, undefined, set("r3"))).toBe(true);
  } finally {
    await closeClients(clients);
  }
});

it("a corrupt stored value is reported, not overwritten", async () => {
  const [client] = openClients(1);
  try {
    const prefix = uniquePrefix();
    const store = createRedisTokenStore({ client: client!, prefix });
    await client!.set(`${prefix}p:a`, "{oops");
    await expect(store.get(key)).rejects.toMatchObject({ code: "token_store_corrupt" });
    await expect(store.compareAndSet(key, undefined, set("x"))).rejects.toThrow(/not valid JSON/);
    expect(await client!.get(`${prefix}p:a`)).toBe("{oops");
  } finally {
    await closeClients([client!]);
  }
});
