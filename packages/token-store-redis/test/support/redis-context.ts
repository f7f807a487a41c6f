// Per-test Redis clients on the private server, each test under its own key prefix.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { inject } from "vitest";

/** The URL of the redis-server the global setup started. */
export const redisUrl = (): string => inject("redisUrl");

/** A fresh key prefix so tests never see each other's keys. */
export const uniquePrefix = (): string => `test:${randomBytes(6).toString("hex")}:`;

/** Opens `count` separate connections (as separate processes would have). */
export function openClients(count: number): Redis[] {
  return Array.from({ length: count }, () => new Redis(redisUrl()));
}

/** Closes the given connections. */
export async function closeClients(clients: Redis[]): Promise<void> {
  await Promise.all(clients.map((client) => client.quit()));
}
