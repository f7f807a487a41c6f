import { spawnSync } from "node:child_process";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { acquireFileLock } from "../src/stores/lock-file.js";

it("a lock whose pid is gone is taken over; a live holder's lock makes others wait", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-lock-"));
  try {
    const lock = join(dir, "x.lock");
    // A pid that surely exited: a child that has already finished.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    await writeFile(lock, `${dead}\n${hostname()}\nabc\n`);
    const release = await acquireFileLock(lock, { timeoutMs: 2_000, staleMs: 60_000 });

    await expect(acquireFileLock(lock, { timeoutMs: 100, staleMs: 60_000 })).rejects.toMatchObject({
      code: "token_store_lock_timeout",
    });
    await release();
    const again = await acquireFileLock(lock, { timeoutMs: 100, staleMs: 60_000 });
    await again();

    // A lock from another host is judged by age only.
    await writeFile(lock, "1\nsome-other-host\nabc\n");
    await expect(acquireFileLock(lock, { timeoutMs: 100, staleMs: 60_000 })).rejects.toThrow(
      /timed out/,
    );
    const old = new Date(Date.now() - 120_000);
    await utimes(lock, old, old);
    await (await acquireFileLock(lock, { timeoutMs: 1_000, staleMs: 60_000 }))();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
