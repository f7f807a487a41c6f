import { expect, it } from "vitest";
import { createRedisTokenStore } from "../src/index.js";
import { closeClients, openClients, uniquePrefix } from "./support/redis-context.js";

const key = { provider: "p", account: "a" };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("holders on different connections never overlap, and the lock outlives its TTL while held", async () => {
  const clients = openClients(3);
  try {
    const prefix = uniquePrefix();
    const stores = clients.map((client) =>
      createRedisTokenStore({ client, prefix, lockTtlMs: 60 }),
    );
    let inside = 0;
    let maxInside = 0;
    const order: number[] = [];
    await Promise.all(
      stores.map((store, i) =>
        store.withLock(key, async () => {
          inside += 1;
          maxInside = Math.max(maxInside, inside);
          // Longer than the TTL: renewal must keep others out.
          await pause(150);
          order.push(i);
          inside -= 1;
        }),
      ),
    );
    expect(maxInside).toBe(1);
    expect(order.sort()).toEqual([0, 1, 2]);
    expect(await clients[0]!.exists(`${prefix}p:a:lock`)).toBe(0);
  } finally {
    await closeClients(clients);
  }
});

it("a lock left by a crashed holder frees itself after its TTL; others' locks are never released", async () => {
  const clients = openClients(1);
  try {
    const prefix = uniquePrefix();
    const lockKey = `${prefix}p:a:lock`;
    await clients[0]!.set(lockKey, "someone-else", "PX", 200);
    const store = createRedisTokenStore({ client: clients[0]!, prefix, lockTimeoutMs: 5_000 });
    const started = Date.now();
    expect(await store.withLock(key, async () => "ran")).toBe("ran");
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);

    const impatient = createRedisTokenStore({ client: clients[0]!, prefix, lockTimeoutMs: 50 });
    await clients[0]!.set(lockKey, "someone-else", "PX", 10_000);
    await expect(impatient.withLock(key, async () => "never")).rejects.toMatchObject({
      code: "token_store_lock_timeout",
    });
    expect(await clients[0]!.get(lockKey)).toBe("someone-else");
  } finally {
    await closeClients(clients);
  }
});
