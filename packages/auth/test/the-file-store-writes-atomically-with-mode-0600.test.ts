import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createFileTokenStore } from "../src/stores/file-store.js";

it("keeps accounts apart in one 0600 JSON file and leaves no temp or lock files behind", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-file-"));
  try {
    const path = join(dir, "nested", "tokens.json");
    const store = createFileTokenStore(path);
    const a = { provider: "dynu", account: "a:b" };
    const b = { provider: "dynu", account: "a" };
    const set = (accessToken: string, refreshToken?: string) => ({
      accessToken,
      tokenType: "Bearer",
      issuedAt: 0,
      refreshToken,
    });
    await store.set(a, set("t-a", "r-a"));
    await store.set(b, set("t-b"));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await store.get(a)).toEqual(set("t-a", "r-a"));
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({
      dynu: { "a:b": set("t-a", "r-a"), a: set("t-b") },
    });

    expect(await store.compareAndSet(a, "r-stale", set("t-x", "r-x"))).toBe(false);
    expect(await store.compareAndSet(a, "r-a", set("t-a2", "r-a2"))).toBe(true);
    expect(
      await store.compareAndSet({ provider: "dynu", account: "new" }, undefined, set("n")),
    ).toBe(true);
    expect((await store.get(a))?.accessToken).toBe("t-a2");

    await store.delete(b);
    expect(await store.get(b)).toBeUndefined();
    expect(await store.withLock!(a, async () => "inside")).toBe("inside");
    expect(await readdir(join(dir, "nested"))).toEqual(["tokens.json"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
