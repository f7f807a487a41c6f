import { expect, it } from "vitest";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";

it("compareAndSet writes only over the expected refresh token and returns copies", async () => {
  const store = createMemoryTokenStore();
  const key = { provider: "p", account: "a" };
  const set = (refreshToken?: string) => ({
    accessToken: "t",
    tokenType: "Bearer",
    issuedAt: 0,
    refreshToken,
  });
  expect(await store.compareAndSet(key, "r0", set("r1"))).toBe(false);
  expect(await store.compareAndSet(key, undefined, set("r1"))).toBe(true);
  expect(await store.compareAndSet(key, undefined, set("r2"))).toBe(false);
  expect(await store.compareAndSet(key, "r1", set("r2"))).toBe(true);
  const read = await store.get(key);
  read!.refreshToken = "mutated";
  expect((await store.get(key))?.refreshToken).toBe("r2");

  const order: string[] = [];
  await Promise.all([
    store.withLock!(key, async () => {
      order.push("a-start");
      await new Promise((r) => setTimeout(r, 10));
      order.push("a-end");
    }),
    store.withLock!(key, async () => {
      order.push("b");
    }),
  ]);
  expect(order).toEqual(["a-start", "a-end", "b"]);
});
