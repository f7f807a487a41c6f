import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createFileTokenStore } from "../src/stores/file-store.js";

it("a file that is not a JSON object raises token_store_corrupt and keeps its bytes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-corrupt-"));
  try {
    const path = join(dir, "tokens.json");
    await writeFile(path, "{ not json", { mode: 0o600 });
    const store = createFileTokenStore(path);
    const key = { provider: "p", account: "a" };
    await expect(store.get(key)).rejects.toMatchObject({ code: "token_store_corrupt" });
    await expect(
      store.set(key, { accessToken: "t", tokenType: "Bearer", issuedAt: 0 }),
    ).rejects.toThrow(/not a valid JSON object; left untouched/);
    expect(await readFile(path, "utf8")).toBe("{ not json");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
