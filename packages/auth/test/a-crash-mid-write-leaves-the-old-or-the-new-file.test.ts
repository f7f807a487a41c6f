import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createFileTokenStore } from "../src/stores/file-store.js";
import { startChild, waitForLine } from "./support/run-child.js";

const key = { provider: "fake", account: "alice" };

it("killing a writer at a random moment leaves a complete version of the file", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-crash-"));
  try {
    const path = join(dir, "tokens.json");
    for (let round = 0; round < 3; round++) {
      const { child, output } = startChild("write-loop-worker.ts", [path]);
      await waitForLine(child, "writing");
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 40));
      child.kill("SIGKILL");
      await output;
      const content = JSON.parse(await readFile(path, "utf8"));
      const tokens = content.fake.alice;
      const version = tokens.extra.version as number;
      expect(tokens.accessToken).toBe(`at-${version}`);
      expect(tokens.extra.padding).toHaveLength(20_000 + version * 997);
      // A lock left by the killed writer is broken, so the store stays writable.
      await createFileTokenStore(path, { lockTimeoutMs: 5_000 }).set(key, {
        ...tokens,
        issuedAt: 0,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("a leftover half-written temp file is ignored by readers and writers", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-crash-"));
  try {
    const path = join(dir, "tokens.json");
    const store = createFileTokenStore(path);
    const old = { accessToken: "at-old", tokenType: "Bearer", issuedAt: 1 };
    await store.set(key, old);
    await writeFile(join(dir, ".tokens.json.999999.abcdef.tmp"), '{"fake":{"alice":{"accessT');
    expect(await store.get(key)).toEqual(old);
    await store.set(key, { ...old, accessToken: "at-new" });
    expect((await store.get(key))?.accessToken).toBe("at-new");
    expect((await readdir(dir)).sort()).toEqual([".tokens.json.999999.abcdef.tmp", "tokens.json"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
