import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createFileTokenStore } from "../src/stores/file-store.js";

// A writer killed between creating its lock (O_EXCL) and writing its owner record leaves an empty lock.
const key = { provider: "fake", account: "alice" };
const tokens = { accessToken: "at-1", tokenType: "Bearer", issuedAt: 1 };

async function withDir(run: (path: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "auth-empty-lock-"));
  try {
    await run(join(dir, "tokens.json"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

it("breaks an empty lock a few seconds old instead of waiting out the five-minute stale limit", async () => {
  await withDir(async (path) => {
    await writeFile(`${path}.lock`, "", { mode: 0o600 });
    const past = new Date(Date.now() - 10_000);
    await utimes(`${path}.lock`, past, past);
    const store = createFileTokenStore(path, { lockTimeoutMs: 1_000 });
    await store.set(key, tokens);
    expect((await store.get(key))?.accessToken).toBe("at-1");
  });
});

it("still waits for an empty lock created a moment ago, whose owner may be writing its record", async () => {
  await withDir(async (path) => {
    await writeFile(`${path}.lock`, "", { mode: 0o600 });
    const store = createFileTokenStore(path, { lockTimeoutMs: 200 });
    await expect(store.set(key, tokens)).rejects.toMatchObject({
      code: "token_store_lock_timeout",
    });
  });
});
