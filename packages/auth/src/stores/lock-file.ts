// A cross-process lock: a file created with O_EXCL, broken when its owner is gone.
import { randomBytes } from "node:crypto";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { ProviderClientError } from "../errors/provider-client-error.js";

/** Timing for acquireFileLock. */
export interface FileLockOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** A lock whose owner cannot be checked (other host) is stale after this long (ms). */
  staleMs: number;
}

/**
 * Takes the lock at `lockPath`, waiting while another live holder has it. A lock left by a
 * dead process on this host is removed at once; one from another host after `staleMs`.
 * Returns a release function that removes the lock only if it is still ours.
 */
export async function acquireFileLock(
  lockPath: string,
  options: FileLockOptions,
): Promise<() => Promise<void>> {
  const owner = `${process.pid}\n${hostname()}\n${randomBytes(8).toString("hex")}\n`;
  const deadline = Date.now() + options.timeoutMs;
  let delay = 2;
  for (;;) {
    try {
      await writeFile(lockPath, owner, { flag: "wx", mode: 0o600 });
      return async () => {
        const content = await readFile(lockPath, "utf8").catch(() => undefined);
        if (content === owner) await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await isStale(lockPath, options.staleMs)) {
      await breakStaleLock(lockPath, options.staleMs);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new ProviderClientError(`timed out waiting for lock ${lockPath}`, {
        code: "token_store_lock_timeout",
      });
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
}

// A live owner writes its record microseconds after creating the file; an unwritten one this old was left by a crash.
const UNWRITTEN_GRACE_MS = 2_000;

// Stale: written by a dead pid on this host, never written (crash between create and write) for
// UNWRITTEN_GRACE_MS, or (other host / unreadable) older than staleMs.
async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  const [content, info] = await Promise.all([
    readFile(lockPath, "utf8").catch(() => undefined),
    stat(lockPath).catch(() => undefined),
  ]);
  if (!info) return false;
  const age = Date.now() - info.mtimeMs;
  const lines = (content ?? "").split("\n");
  if (content !== undefined && lines.length < 4) return age > Math.min(UNWRITTEN_GRACE_MS, staleMs);
  const [pid, host] = lines;
  if (pid && host === hostname() && /^\d+$/.test(pid)) return !isAlive(Number(pid));
  return age > staleMs;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Two waiters may both see a stale lock; a second O_EXCL "breaker" file lets only one remove it,
// and the check is repeated under it so a freshly taken lock is never deleted.
async function breakStaleLock(lockPath: string, staleMs: number): Promise<void> {
  const breaker = `${lockPath}.break`;
  try {
    await writeFile(breaker, String(process.pid), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // A breaker left by a crash is removed once clearly abandoned.
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 5_000) await rm(breaker, { force: true });
    await sleep(2);
    return;
  }
  try {
    if (await isStale(lockPath, staleMs)) await rm(lockPath, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
